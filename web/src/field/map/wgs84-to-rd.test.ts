import { describe, expect, it } from 'vitest';
import { wgs84ToRd } from './wgs84-to-rd';

describe('wgs84ToRd', () => {
  it('puts the Onze Lieve Vrouwetoren in Amersfoort at the origin of RD (155000, 463000)', () => {
    // The tower (the origin of RD) in ETRS89/WGS84: 52.155172897° N, 5.387203657° E.
    const [x, y] = wgs84ToRd(5.387203657, 52.155172897);
    expect(Math.abs(x - 155_000)).toBeLessThan(1);
    expect(Math.abs(y - 463_000)).toBeLessThan(1);
  });

  it('places Nieuwegein south-west of Amersfoort, inside the Netherlands', () => {
    const [x, y] = wgs84ToRd(5.09, 52.03);
    expect(x).toBeGreaterThan(130_000);
    expect(x).toBeLessThan(140_000);
    expect(y).toBeGreaterThan(445_000);
    expect(y).toBeLessThan(452_000);
  });
});
