import { describe, expect, it } from 'vitest';
import { mayBeOutdated } from './kept-age';

const now = Date.parse('2026-03-02T10:00:00Z');
const minutesAgo = (minutes: number) => now - minutes * 60_000;

describe('saying that data from the device may be out of date', () => {
  it('says nothing for an answer from the server', () => {
    expect(mayBeOutdated(null, now)).toBe(false);
  });

  it('says nothing for data kept a few minutes ago', () => {
    expect(mayBeOutdated(minutesAgo(1), now)).toBe(false);
    expect(mayBeOutdated(minutesAgo(5), now)).toBe(false);
  });

  it('says it for data kept longer ago', () => {
    expect(mayBeOutdated(minutesAgo(6), now)).toBe(true);
    expect(mayBeOutdated(minutesAgo(3 * 24 * 60), now)).toBe(true);
  });

  it('says nothing for a date a little in the future (a clock that runs behind)', () => {
    expect(mayBeOutdated(now + 60_000, now)).toBe(false);
  });
});
