import { describe, expect, it } from 'vitest';
import { isPan, locateResolution, nextFollowing, shouldRecentre } from './follow-mode';

describe('follow mode', () => {
  it('is switched on and off by the toggle', () => {
    expect(nextFollowing(false, 'toggle')).toBe(true);
    expect(nextFollowing(true, 'toggle')).toBe(false);
  });

  it('ends when the worker pans by hand or the position is lost', () => {
    expect(nextFollowing(true, 'pannedByHand')).toBe(false);
    expect(nextFollowing(true, 'positionLost')).toBe(false);
    expect(nextFollowing(false, 'pannedByHand')).toBe(false);
  });

  it('tells a one-finger pan from a pinch', () => {
    expect(isPan([{}])).toBe(true);
    expect(isPan(undefined)).toBe(true);
    expect(isPan([{}, {}])).toBe(false);
  });
});

describe('shouldRecentre', () => {
  it('moves the view when the position is more than a few pixels from the centre', () => {
    // 0.5 m per pixel: 2 m is 4 px away.
    expect(shouldRecentre([136_000, 452_000], [136_002, 452_000], 0.5)).toBe(true);
    expect(shouldRecentre([136_000, 452_000], [136_001, 452_000], 0.5)).toBe(false);
  });

  it('moves the view when it has no centre or resolution yet', () => {
    expect(shouldRecentre(undefined, [136_000, 452_000], 0.5)).toBe(true);
    expect(shouldRecentre([136_000, 452_000], [136_000, 452_000], undefined)).toBe(true);
  });
});

describe('locateResolution', () => {
  it('zooms in to street level but never out', () => {
    expect(locateResolution(4)).toBe(0.5);
    expect(locateResolution(0.1)).toBe(0.1);
    expect(locateResolution(undefined)).toBe(0.5);
  });
});
