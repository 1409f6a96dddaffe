import { describe, expect, it } from 'vitest';
import { afterPositionError, type OwnPosition } from './position-status';

const located: OwnPosition = {
  status: 'located',
  rd: [136_180, 452_640],
  accuracy: 8,
  wgs84: { longitude: 5.11, latitude: 52.06 },
  at: 0,
};

describe('afterPositionError', () => {
  it('says the location is denied, also after a position was known', () => {
    expect(afterPositionError({ status: 'locating' }, 1)).toEqual({ status: 'denied' });
    expect(afterPositionError(located, 1)).toEqual({ status: 'denied' });
  });

  it('keeps the last position when the fix is lost or times out', () => {
    expect(afterPositionError(located, 2)).toBe(located);
    expect(afterPositionError(located, 3)).toBe(located);
  });

  it('says the position is unavailable when none was known', () => {
    expect(afterPositionError({ status: 'locating' }, 2)).toEqual({ status: 'unavailable' });
    expect(afterPositionError({ status: 'locating' }, 3)).toEqual({ status: 'unavailable' });
  });
});
