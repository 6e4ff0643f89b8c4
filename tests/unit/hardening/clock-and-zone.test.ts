// Calendar days never depend on the clock or the time zone. The system time
// is set just before and just after daylight-saving switches (Los Angeles
// springs forward at 2023-03-12T10:00Z; Pago Pago and Kiritimati have none but
// sit on either side of the date line), the process time zone is changed
// between runs, and the results of parsing, resolving relative phrases,
// layout and static rendering must be identical every time. A Date whose
// clock readings throw proves the library never asks what day it is.
import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { computeLayout } from '../../../src/layout/computeLayout.js';
import { parseTimeline } from '../../../src/model/parse.js';
import { renderToSVG } from '../../../src/render/renderToSVG.js';
import { toDayNumber } from '../../../src/time/calendar.js';
import { parseEdtf } from '../../../src/time/edtf.js';
import { describeWhen } from '../../../src/time/format.js';
import { resolveRelative } from '../../../src/time/relative.js';
import { relativePhrases } from '../../hardening/arbitraries.js';

const article = JSON.parse(readFileSync(new URL('../../../examples/data/us-china-diplomacy-2023-07.json', import.meta.url), 'utf8')) as unknown;

/** Moments around DST switches and the date line, as UTC milliseconds. */
const moments = {
  'before Los Angeles springs forward': Date.UTC(2023, 2, 12, 9, 59),
  'after Los Angeles springs forward': Date.UTC(2023, 2, 12, 10, 1),
  'before Los Angeles falls back': Date.UTC(2023, 10, 5, 8, 59),
  'after Los Angeles falls back': Date.UTC(2023, 10, 5, 9, 1),
  'New Year in Kiritimati, still 30 December in Pago Pago': Date.UTC(2023, 11, 31, 10, 30),
  'far future': Date.UTC(2091, 6, 14, 23, 59),
};

const zones = ['UTC', 'America/Los_Angeles', 'Pacific/Kiritimati', 'Pacific/Pago_Pago', 'Australia/Lord_Howe', 'Asia/Tokyo'];

/** Everything the library computes about dates, as one comparable value. */
function everything(): unknown {
  const timeline = parseTimeline(article);
  const anchors = [toDayNumber(2023, 3, 12), toDayNumber(2023, 3, 13), toDayNumber(2023, 11, 5), toDayNumber(2023, 12, 31), toDayNumber(2024, 1, 1)];
  const relative = anchors.flatMap((anchor) => relativePhrases.map((phrase) => {
    const result = resolveRelative(phrase, anchor, 'anchor');
    return result.ok ? [result.value.earliest, result.value.latest, result.value.precision, describeWhen(result.value)] : result.message;
  }));
  const edtf = ['2023-03-12', '2023-03-11/2023-03-13', '2023-11-05~', '2023-24', '2023-12-31/2024-01-01', '2023-03'].map((text) => {
    const result = parseEdtf(text);
    return result.ok ? [result.value.earliest, result.value.latest, describeWhen(result.value, 'en-US')] : result.message;
  });
  const layout = computeLayout(timeline, { scale: { from: toDayNumber(2023, 6, 1), to: toDayNumber(2023, 8, 1), x0: 0, x1: 1000 } });
  return {
    normalized: timeline.toJSON(),
    relative,
    edtf,
    placements: [Array.from(layout.placements.start), Array.from(layout.placements.row)],
    svg: renderToSVG(timeline, { width: 1100, referenceDate: 'abs-cbn-2023-07-14', locale: 'en-GB' }),
    svgUS: renderToSVG(timeline, { width: 700, laneBy: 'country', locale: 'en-US', range: { from: '2023-03-01', to: '2023-03-31' } }),
  };
}

const originalZone = process.env.TZ;

afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
  if (originalZone === undefined) delete process.env.TZ;
  else process.env.TZ = originalZone;
});

describe('dates do not depend on the clock', () => {
  it('gives the same results at every moment around DST switches and the date line', () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    let reference: unknown;
    for (const [name, moment] of Object.entries(moments)) {
      vi.setSystemTime(moment);
      const result = everything();
      if (reference === undefined) reference = result;
      else expect(result, name).toEqual(reference);
    }
  });

  it('never reads the clock: Date.now() and new Date() without arguments throw', () => {
    const RealDate = Date;
    class ClocklessDate extends RealDate {
      constructor(...args: unknown[]) {
        if (args.length === 0) throw new Error('the library read the clock (new Date())');
        super(...(args as [number]));
      }

      static override now(): number {
        throw new Error('the library read the clock (Date.now())');
      }
    }
    const expected = everything();
    vi.stubGlobal('Date', ClocklessDate);
    expect(everything()).toEqual(expected);
  });
});

describe('dates do not depend on the process time zone', () => {
  it('gives the same results under zones on both sides of the date line and with odd offsets', () => {
    let reference: unknown;
    for (const zone of zones) {
      process.env.TZ = zone;
      // The change must have taken effect, or the test proves nothing.
      expect(new Intl.DateTimeFormat().resolvedOptions().timeZone).toBe(zone);
      const result = everything();
      if (reference === undefined) reference = result;
      else expect(result, zone).toEqual(reference);
    }
  });

  it('under each zone, at the moment just before Los Angeles springs forward', () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(moments['before Los Angeles springs forward']);
    let reference: unknown;
    for (const zone of zones) {
      process.env.TZ = zone;
      const result = everything();
      if (reference === undefined) reference = result;
      else expect(result, zone).toEqual(reference);
    }
  });
});
