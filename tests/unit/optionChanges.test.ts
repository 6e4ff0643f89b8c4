// What the framework components pass to view.update when options change.
import { describe, expect, it } from 'vitest';
import { optionChanges, sameOptionValue, snapshotOptions } from '../../src/components/optionChanges.js';

describe('option changes', () => {
  const laneBy = () => 'lane';

  it('compares plain objects, arrays and dates by content, functions by identity', () => {
    expect(sameOptionValue({ from: '2023-07-01', to: '2023-07-31' }, { from: '2023-07-01', to: '2023-07-31' })).toBe(true);
    expect(sameOptionValue(['us', 'cn'], ['us', 'cn'])).toBe(true);
    expect(sameOptionValue(['us', 'cn'], ['cn', 'us'])).toBe(false);
    expect(sameOptionValue(new Date(Date.UTC(2023, 6, 1)), new Date(Date.UTC(2023, 6, 1)))).toBe(true);
    expect(sameOptionValue(laneBy, laneBy)).toBe(true);
    expect(sameOptionValue(laneBy, () => 'lane')).toBe(false);
    expect(sameOptionValue({ a: 1 }, { a: 1, b: undefined })).toBe(false);
    expect(sameOptionValue(Number.NaN, Number.NaN)).toBe(true);
  });

  it('lists only what changed, with options no longer given as undefined', () => {
    expect(optionChanges({ laneBy, theme: 'dark' }, { laneBy, theme: 'dark' })).toBeUndefined();
    expect(optionChanges(undefined, {})).toBeUndefined();
    expect(optionChanges({ laneBy, theme: 'dark' }, { laneBy })).toEqual({ theme: undefined });
    expect(optionChanges({ laneOrder: ['us'] }, { laneOrder: ['us', 'cn'], legend: false })).toEqual({ laneOrder: ['us', 'cn'], legend: false });
  });

  it('snapshots options so that edits in place are seen as changes', () => {
    const options = { laneOrder: ['us'], range: { from: '2023-07-01', to: '2023-07-31' }, laneBy };
    const snapshot = snapshotOptions(options);
    options.laneOrder.push('cn');
    expect(optionChanges(snapshot, options)).toEqual({ laneOrder: ['us', 'cn'] });
    expect(snapshot?.laneBy).toBe(laneBy);
  });
});
