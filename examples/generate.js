// A deterministic generator of synthetic diplomatic timelines, in the
// package's document format. Plain ES module with no imports, so the same
// file runs in the browser (examples/large.js) and in Node (bench/generate.mjs
// re-exports it): the example page and the benchmark draw the very same data.

/** Generator settings; every call starts from these and overrides some. */
export const generatorDefaults = Object.freeze({
  /** PRNG seed: the same seed and count give the same document, byte for byte. */
  seed: 20230714,
  /** First calendar day events may fall on (`YYYY-MM-DD`). */
  start: '2014-01-01',
  /** How many years the events spread over. */
  years: 10,
  /** Share of events that are ranges of days rather than single days. */
  rangeShare: 0.3,
  /** A range lasts this many days at most (and at least 1 day past its start). */
  maxRangeDays: 30,
  /** Share of events with two participants (the rest have one). */
  bilateralShare: 0.6,
});

/** The 20 states events are spread over, with their ISO 3166-1 codes. */
export const generatedStates = Object.freeze([
  ['us', 'United States', 'US'], ['cn', 'China', 'CN'], ['ru', 'Russia', 'RU'], ['gb', 'United Kingdom', 'GB'],
  ['fr', 'France', 'FR'], ['de', 'Germany', 'DE'], ['jp', 'Japan', 'JP'], ['in', 'India', 'IN'],
  ['br', 'Brazil', 'BR'], ['za', 'South Africa', 'ZA'], ['id', 'Indonesia', 'ID'], ['tr', 'Türkiye', 'TR'],
  ['sa', 'Saudi Arabia', 'SA'], ['ir', 'Iran', 'IR'], ['kr', 'South Korea', 'KR'], ['au', 'Australia', 'AU'],
  ['ca', 'Canada', 'CA'], ['mx', 'Mexico', 'MX'], ['eg', 'Egypt', 'EG'], ['ng', 'Nigeria', 'NG'],
].map(([id, name, country]) => Object.freeze({ id, name, kind: 'state', country })));

// Kinds with a title verb each; talks and visits dominate, as in news coverage.
const kindTable = [
  ['talks', 'Talks', 5], ['visit', 'Visit', 4], ['call', 'Call', 3], ['statement', 'Statement', 3],
  ['summit', 'Summit', 1], ['agreement', 'Agreement', 1], ['sanction', 'Sanctions', 1], ['expulsion', 'Expulsions', 0.3],
  ['military', 'Exercise', 0.7], ['cyber', 'Cyber incident', 0.3], ['policy', 'Policy', 1], ['other', 'Event', 0.4],
];
// Statuses "mostly occurred": a timeline of the past with a few plans that changed.
const statusTable = [
  ['occurred', 88], ['scheduled', 3], ['expected', 2], ['proposed', 1], ['postponed', 2], ['cancelled', 2],
  ['did-not-occur', 1], ['unknown', 1],
];

/**
 * mulberry32: a tiny, fast 32-bit PRNG; good enough for test data and
 * identical in every JavaScript engine.
 *
 * @param {number} seed
 * @returns {() => number} uniform numbers in [0, 1)
 */
export function mulberry32(seed) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const msPerDay = 86_400_000;

/**
 * Day number (days since 1970-01-01) of a `YYYY-MM-DD` day. Date.UTC and
 * toISOString are UTC-only, so nothing here depends on the time zone.
 *
 * @param {string} text
 */
export function dayOf(text) {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!match) throw new RangeError(`generator: "${text}" is not a YYYY-MM-DD day`);
  return Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])) / msPerDay;
}

/** `YYYY-MM-DD` of a day number. @param {number} day */
export function formatDayNumber(day) {
  return new Date(day * msPerDay).toISOString().slice(0, 10);
}

function weightedPicker(table, weightIndex) {
  const total = table.reduce((sum, row) => sum + row[weightIndex], 0);
  return (random) => {
    let r = random() * total;
    for (const row of table) {
      r -= row[weightIndex];
      if (r < 0) return row;
    }
    return table[table.length - 1];
  };
}
const pickKind = weightedPicker(kindTable, 2);
const pickStatus = weightedPicker(statusTable, 1);

function normalizeOptions(options) {
  const settings = { ...generatorDefaults, ...options };
  for (const key of Object.keys(options ?? {})) {
    if (!(key in generatorDefaults)) {
      throw new TypeError(`generator: unknown option "${key}"; allowed: ${Object.keys(generatorDefaults).join(', ')}`);
    }
  }
  if (!Number.isInteger(settings.years) || settings.years < 1) throw new RangeError('generator: option "years" must be a positive integer');
  if (!(settings.rangeShare >= 0 && settings.rangeShare <= 1)) throw new RangeError('generator: option "rangeShare" must be within 0..1');
  if (!(settings.bilateralShare >= 0 && settings.bilateralShare <= 1)) throw new RangeError('generator: option "bilateralShare" must be within 0..1');
  if (!Number.isInteger(settings.maxRangeDays) || settings.maxRangeDays < 1) throw new RangeError('generator: option "maxRangeDays" must be a positive integer');
  return settings;
}

/**
 * The calendar days generated events can cover, `[firstDay, lastDay]`
 * inclusive (a range that starts on the last day runs past it).
 *
 * @param {Partial<typeof generatorDefaults>} [options]
 */
export function generatedExtent(options) {
  const settings = normalizeOptions(options);
  const firstDay = dayOf(settings.start);
  const [year, month, day] = settings.start.split('-').map(Number);
  const endDay = Date.UTC(year + settings.years, month - 1, day) / msPerDay;
  return { firstDay, lastDay: endDay - 1 + settings.maxRangeDays };
}

/**
 * A document of `count` events among 20 states over 10 years: 70% single
 * days and 30% ranges of 1–30 extra days, written as EDTF day or interval
 * strings; one or two participants; statuses mostly "occurred". Events come
 * in random time order, as data from a feed would.
 *
 * @param {number} count
 * @param {Partial<typeof generatorDefaults>} [options]
 */
export function generateDocument(count, options) {
  if (!Number.isInteger(count) || count < 0) throw new RangeError(`generator: count must be a non-negative integer, got ${count}`);
  const settings = normalizeOptions(options);
  const random = mulberry32(settings.seed);
  const firstDay = dayOf(settings.start);
  const spanDays = generatedExtent(settings).lastDay + 1 - settings.maxRangeDays - firstDay;
  const states = generatedStates;
  const width = String(count).length;
  const events = new Array(count);
  for (let i = 0; i < count; i += 1) {
    const start = firstDay + Math.floor(random() * spanDays);
    const isRange = random() < settings.rangeShare;
    const when = isRange
      ? `${formatDayNumber(start)}/${formatDayNumber(start + 1 + Math.floor(random() * settings.maxRangeDays))}`
      : formatDayNumber(start);
    const first = states[Math.floor(random() * states.length)];
    const participants = [{ actor: first.id }];
    if (random() < settings.bilateralShare) {
      // A second, different state: shift by 1..19 places round the list.
      const other = states[(states.indexOf(first) + 1 + Math.floor(random() * (states.length - 1))) % states.length];
      participants.push({ actor: other.id });
    }
    const [kind, verb] = pickKind(random);
    const [status] = pickStatus(random);
    const who = participants.map((p) => p.actor.toUpperCase()).join('–');
    events[i] = {
      id: `e${String(i).padStart(width, '0')}`,
      title: `${verb} ${who}`,
      kind,
      when,
      status,
      participants,
    };
  }
  return {
    title: `${count.toLocaleString('en-US')} generated events`,
    description: `Synthetic events (seed ${settings.seed}) over ${settings.years} years from ${settings.start}.`,
    actors: states.map((state) => ({ ...state })),
    events,
  };
}
