import { describe, expect, it } from 'vitest';
import { parseTimeline } from '../../../src/model/parse.js';
import { fromGdelt, gdeltColumnCount, gdeltColumns, kindOfCameo } from '../../../src/interop/gdelt.js';
import { formatIssues } from './support/format-error.js';

/** A GDELT 2.0 export row with the given columns set and every other column empty. */
function row(cells: Partial<Record<keyof typeof gdeltColumns, string>>): string {
  const values: string[] = Array.from({ length: gdeltColumnCount }, () => '');
  for (const [column, value] of Object.entries(cells)) values[gdeltColumns[column as keyof typeof gdeltColumns]] = value;
  return values.join('\t');
}

const talks = row({
  GLOBALEVENTID: '1112223334', SQLDATE: '20230713',
  Actor1Code: 'USAGOV', Actor1Name: 'UNITED STATES', Actor1CountryCode: 'USA',
  Actor2Code: 'CHN', Actor2Name: 'CHINA', Actor2CountryCode: 'CHN',
  EventCode: '042', EventBaseCode: '042', EventRootCode: '04',
  ActionGeo_FullName: 'Jakarta, Jakarta Raya, Indonesia', ActionGeo_CountryCode: 'ID', ActionGeo_Lat: '-6.1744', ActionGeo_Long: '106.829',
  SOURCEURL: 'https://example.org/a',
});

describe('fromGdelt', () => {
  it('reads the codebook columns into events, actors, places and sources', () => {
    const second = row({ GLOBALEVENTID: '5', SQLDATE: '20230714', Actor1Code: 'AFR', Actor1Name: 'AFRICA', Actor1CountryCode: 'AFR', EventCode: '1663', SOURCEURL: 'https://example.org/a' });
    const { document, warnings } = fromGdelt(`${talks}\r\n${second}\n`);
    const timeline = parseTimeline(document);
    expect(timeline.event('gdelt-1112223334')).toMatchObject({
      title: 'UNITED STATES – CHINA (CAMEO 042)', kind: 'visit', status: 'unknown',
      place: { name: 'Jakarta, Jakarta Raya, Indonesia', coordinates: { lat: -6.1744, lon: 106.829 } },
      classification: { cameo: '042' }, evidence: [{ source: 'gdelt-source-1' }],
    });
    expect(timeline.event('gdelt-1112223334')!.when.edtf).toBe('2023-07-13');
    expect(timeline.event('gdelt-1112223334')!.place).not.toHaveProperty('country');
    expect(timeline.actors.map((a) => [a.name, a.kind, a.country])).toEqual([
      ['UNITED STATES', 'organization', 'US'], ['CHINA', 'state', 'CN'], ['AFRICA', 'organization', undefined],
    ]);
    expect(timeline.sources).toHaveLength(1);
    expect(timeline.event('gdelt-5')!.kind).toBe('expulsion');
    expect(warnings.map((w) => [w.eventId, w.field])).toEqual([
      ['gdelt-1112223334', 'ActionGeo_CountryCode'], ['gdelt-5', 'Actor1CountryCode'], [undefined, 'GDELT columns'],
    ]);
  });

  it('maps CAMEO roots to kinds', () => {
    expect(['010', '036', '040', '043', '057', '061', '09', '112', '150', '163', '172', '190'].map(kindOfCameo))
      .toEqual(['statement', 'statement', 'talks', 'visit', 'agreement', 'policy', 'other', 'statement', 'military', 'sanction', 'military', 'military']);
  });

  it('names the line and column of every bad row', () => {
    expect(formatIssues(() => fromGdelt(`${talks}\nonly\ttwo\n${row({ GLOBALEVENTID: 'x', SQLDATE: '20230230', EventCode: '99', ActionGeo_Lat: '100' })}`))).toEqual([
      { path: 'line 2', message: 'expected 61 tab-separated columns (a GDELT 2.0 event row), found 2' },
      { path: 'line 3.GLOBALEVENTID', message: '"x" is not an event id' },
      { path: 'line 3.SQLDATE', message: '"20230230" is not a YYYYMMDD day' },
      { path: 'line 3.EventCode', message: '"99" is not a CAMEO event code' },
      { path: 'line 3.ActionGeo_Lat', message: '"100" is not a latitude' },
    ]);
  });
});
