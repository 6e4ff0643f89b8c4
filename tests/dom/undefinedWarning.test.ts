// The console warning for <diplomatic-timeline> in a page that never
// defines it; and none when the definition comes within the grace period.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

async function freshWatch(): Promise<typeof import('../../src/element/undefinedWarning.js')> {
  vi.resetModules();
  return import('../../src/element/undefinedWarning.js');
}

describe('the undefined element warning', () => {
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
  });

  afterEach(() => {
    vi.useRealTimers();
    vi.restoreAllMocks();
    document.body.replaceChildren();
  });

  it('warns once when the element appears and is never defined', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const { watchForUndefinedElement, undefinedElementWarning } = await freshWatch();
    watchForUndefinedElement();
    watchForUndefinedElement();
    document.body.append(document.createElement('diplomatic-timeline'));
    await Promise.resolve(); // the mutation record
    vi.advanceTimersByTime(999);
    expect(warn).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(warn).toHaveBeenCalledExactlyOnceWith(undefinedElementWarning);
    document.body.append(document.createElement('diplomatic-timeline'));
    await Promise.resolve();
    vi.advanceTimersByTime(2000);
    expect(warn).toHaveBeenCalledTimes(1);
  });

  it('stays quiet when the element is defined within the grace period', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const { watchForUndefinedElement } = await freshWatch();
    watchForUndefinedElement();
    document.body.append(document.createElement('diplomatic-timeline'));
    await Promise.resolve();
    vi.advanceTimersByTime(500);
    const { defineTimelineElement } = await import('../../src/element/timelineElement.js');
    defineTimelineElement();
    await Promise.resolve();
    vi.advanceTimersByTime(2000);
    expect(warn).not.toHaveBeenCalled();
  });
});
