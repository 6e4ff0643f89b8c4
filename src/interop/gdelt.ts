/**
 * GDELT 2.0 event export rows (tab-separated, 61 columns, no header),
 * import only. Column positions follow the GDELT 2.0 event codebook:
 * 0 GLOBALEVENTID, 1 SQLDATE, 5 Actor1Code, 6 Actor1Name, 7
 * Actor1CountryCode, 15 Actor2Code, 16 Actor2Name, 17 Actor2CountryCode,
 * 26 EventCode, 27 EventBaseCode, 28 EventRootCode, 52 ActionGeo_FullName,
 * 53 ActionGeo_CountryCode, 56 ActionGeo_Lat, 57 ActionGeo_Long, 60 SOURCEURL.
 *
 * - id `gdelt-<GLOBALEVENTID>`; SQLDATE (YYYYMMDD) gives a day-precision date.
 * - classification.cameo = EventCode; the kind comes from the code
 *   (see `kindOfCameo`). Only codes are read: no CAMEO descriptions are bundled.
 * - Actors: one per distinct actor code and name; an actor whose code is a
 *   country code alone (`USA`) is a state, any other an organization. The
 *   country code (CAMEO's, equal to ISO alpha-3 for countries) becomes
 *   ISO alpha-2 through the table in `country-codes.ts`; a code not in it
 *   (a region such as `AFR`) is dropped with a warning. Actor 1 takes the
 *   role "initiator", Actor 2 "target".
 * - Place: ActionGeo_FullName and its coordinates. ActionGeo_CountryCode is
 *   FIPS 10-4, not ISO; no FIPS table is bundled, so it is dropped with a
 *   warning (the full name usually names the country).
 * - Sources: one per distinct SOURCEURL, with the URL as title and url.
 * - Status is left unknown: GDELT rows are machine-coded reports, not
 *   verified events. The title is `<Actor1Name> – <Actor2Name> (CAMEO <code>)`.
 * - The other columns (Goldstein scale, tone, mention counts, actor
 *   religion/ethnic/type codes, actor geography) are not carried; one
 *   warning says so.
 */
import type { ActorDocument, EventDocument, EventKind, SourceDocument } from '../model/types.js';
import { isCalendarDate } from '../time/calendar.js';
import { ActorIds } from './actor-ids.js';
import { importedDocument, WarningLog, type ImportResult } from './conversion.js';
import { alpha2Of } from './country-codes.js';
import { IssueLog } from './format-error.js';

const format = 'gdelt';

/** The number of columns of a GDELT 2.0 event row. */
export const gdeltColumnCount = 61;

/** Column positions used, from the GDELT 2.0 event codebook. */
export const gdeltColumns = {
  GLOBALEVENTID: 0, SQLDATE: 1,
  Actor1Code: 5, Actor1Name: 6, Actor1CountryCode: 7,
  Actor2Code: 15, Actor2Name: 16, Actor2CountryCode: 17,
  EventCode: 26, EventBaseCode: 27, EventRootCode: 28,
  ActionGeo_FullName: 52, ActionGeo_CountryCode: 53, ActionGeo_Lat: 56, ActionGeo_Long: 57,
  SOURCEURL: 60,
} as const;

/**
 * Our kind for a CAMEO event code (codes only). Base codes first: 042/043
 * (visits) visit, 057 agreement, 163 (embargo, sanctions) sanction, 166
 * (expel or withdraw) expulsion. Then the root: 01–03 and 10–14
 * statement, 04–05 talks, 06–08 policy, 09 other, 15 military, 16 sanction,
 * 17–20 military.
 */
export function kindOfCameo(code: string): EventKind {
  const base = code.slice(0, 3);
  if (base === '042' || base === '043') return 'visit';
  if (base === '057') return 'agreement';
  if (base === '163') return 'sanction';
  if (base === '166') return 'expulsion';
  const root = Number(code.slice(0, 2));
  if ((root >= 1 && root <= 3) || (root >= 10 && root <= 14)) return 'statement';
  if (root === 4 || root === 5) return 'talks';
  if (root >= 6 && root <= 8) return 'policy';
  if (root === 15 || (root >= 17 && root <= 20)) return 'military';
  if (root === 16) return 'sanction';
  return 'other';
}

/**
 * Imports GDELT 2.0 event export rows (the `.export.CSV` files: tab-separated,
 * no header). A row with the wrong number of columns or a bad date or code
 * is a FormatError naming its line.
 */
export function fromGdelt(input: string | object): ImportResult {
  const issues = new IssueLog(format);
  const warnings = new WarningLog();
  if (typeof input !== 'string') return issues.fail('', 'expected tab-separated GDELT rows as text');
  const ids = new ActorIds('gdelt-');
  const actors = new Map<string, ActorDocument>();
  /** By URL: one source per distinct SOURCEURL. */
  const sources = new Map<string, SourceDocument>();
  const events: EventDocument[] = [];
  const lines = input.replace(/^\ufeff/, '').split(/\r\n|\n|\r/);
  lines.forEach((line, index) => {
    if (line.trim() === '') return;
    const path = `line ${index + 1}`;
    const cells = line.split('\t');
    if (cells.length !== gdeltColumnCount) {
      issues.add(path, `expected ${gdeltColumnCount} tab-separated columns (a GDELT 2.0 event row), found ${cells.length}`);
      return;
    }
    const cell = (column: keyof typeof gdeltColumns): string => cells[gdeltColumns[column]]!.trim();
    const globalId = cell('GLOBALEVENTID');
    if (!/^\d{1,20}$/.test(globalId)) issues.add(`${path}.GLOBALEVENTID`, `${JSON.stringify(globalId.slice(0, 40))} is not an event id`);
    const sqlDate = cell('SQLDATE');
    const dateMatch = /^(\d{4})(\d{2})(\d{2})$/.exec(sqlDate);
    const date = dateMatch && isCalendarDate(Number(dateMatch[1]), Number(dateMatch[2]), Number(dateMatch[3])) ? `${dateMatch[1]!}-${dateMatch[2]!}-${dateMatch[3]!}` : undefined;
    if (date === undefined) issues.add(`${path}.SQLDATE`, `${JSON.stringify(sqlDate.slice(0, 40))} is not a YYYYMMDD day`);
    const code = cell('EventCode');
    if (!/^(0[1-9]|1\d|20)\d{0,2}$/.test(code)) issues.add(`${path}.EventCode`, `${JSON.stringify(code.slice(0, 40))} is not a CAMEO event code`);
    const latText = cell('ActionGeo_Lat'), lonText = cell('ActionGeo_Long');
    const lat = latText === '' ? undefined : Number(latText), lon = lonText === '' ? undefined : Number(lonText);
    if (lat !== undefined && !(Number.isFinite(lat) && Math.abs(lat) <= 90)) issues.add(`${path}.ActionGeo_Lat`, `${JSON.stringify(latText.slice(0, 40))} is not a latitude`);
    if (lon !== undefined && !(Number.isFinite(lon) && Math.abs(lon) <= 180)) issues.add(`${path}.ActionGeo_Long`, `${JSON.stringify(lonText.slice(0, 40))} is not a longitude`);
    if (issues.failed || date === undefined) return;
    const id = `gdelt-${globalId}`;

    const participants: { actor: string; role: string }[] = [];
    const names: string[] = [];
    for (const side of [1, 2] as const) {
      const actorCode = cell(`Actor${side}Code`), name = cell(`Actor${side}Name`), countryCode = cell(`Actor${side}CountryCode`);
      if (actorCode === '' && name === '') continue;
      const label = name !== '' ? name : actorCode;
      names.push(label);
      const { id: actorId, created } = ids.idOf(`${actorCode}\u0000${name}`);
      if (created) {
        const country = countryCode === '' ? undefined : alpha2Of(countryCode);
        if (countryCode !== '' && country === undefined) warnings.add(id, `Actor${side}CountryCode`, `the country code "${countryCode}" is not in the ISO 3166-1 table (a region or group?); the actor "${label}" is kept without a country`);
        actors.set(actorId, {
          id: actorId, name: label,
          kind: actorCode !== '' && actorCode === countryCode && country !== undefined ? 'state' : 'organization',
          ...(country !== undefined ? { country } : {}),
        });
      }
      participants.push({ actor: actorId, role: side === 1 ? 'initiator' : 'target' });
    }
    const event: EventDocument = {
      id,
      title: `${names.length > 0 ? names.join(' – ') : 'Unknown actors'} (CAMEO ${code})`,
      kind: kindOfCameo(code),
      when: date,
      classification: { cameo: code },
    };
    if (participants.length > 0) event.participants = participants;
    const placeName = cell('ActionGeo_FullName');
    if (placeName !== '') {
      event.place = { name: placeName };
      if (lat !== undefined && lon !== undefined) event.place.coordinates = { lat, lon };
    }
    const fips = cell('ActionGeo_CountryCode');
    if (fips !== '') warnings.add(id, 'ActionGeo_CountryCode', `the FIPS 10-4 country code "${fips}" is dropped (not ISO 3166-1; no FIPS table is bundled)`);
    const url = cell('SOURCEURL');
    if (url !== '') {
      let source = sources.get(url);
      if (!source) {
        source = { id: `gdelt-source-${sources.size + 1}`, title: url, url };
        sources.set(url, source);
      }
      event.evidence = [{ source: source.id }];
    }
    events.push(event);
  });
  issues.throwIfAny();
  if (events.length > 0) warnings.add(undefined, 'GDELT columns', 'GoldsteinScale, QuadClass, AvgTone, mention counts and the actor type, religion, ethnic and geography columns are not carried');
  return { document: importedDocument(events, actors, sources), warnings: warnings.list() };
}
