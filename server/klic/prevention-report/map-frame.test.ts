import { describe, expect, it } from 'vitest';
import { extentAround, intersects, mapFrame, scaleBar, scaleDenominator } from './map-frame.ts';

describe('extentAround', () => {
  it('is null without positions', () => {
    expect(extentAround([])).toBeNull();
  });

  it('keeps a single position in the middle of a square of the minimum size', () => {
    expect(extentAround([[155000, 463000]], 25, 60)).toEqual([154970, 462970, 155030, 463030]);
  });

  it('adds the margin around positions that lie far apart', () => {
    expect(
      extentAround(
        [
          [100, 200],
          [300, 250],
        ],
        25,
        60,
      ),
    ).toEqual([75, 175, 325, 275]);
  });
});

describe('mapFrame', () => {
  const box = { x: 50, y: 100, width: 400, height: 200 };

  it('maps the corners of an extent of the same proportions onto the corners of the box, north up', () => {
    const frame = mapFrame([1000, 2000, 1200, 2100], box);
    expect(frame.scale).toBe(2);
    expect(frame.toPage([1000, 2100])).toEqual([50, 100]);
    expect(frame.toPage([1200, 2000])).toEqual([450, 300]);
    expect(frame.toPage([1100, 2050])).toEqual([250, 200]);
  });

  it('keeps one scale for both axes and widens the other axis, centred', () => {
    // 100 × 100 m into 400 × 200 pt: the height decides (2 pt/m), 200 m of width is shown.
    const frame = mapFrame([0, 0, 100, 100], box);
    expect(frame.scale).toBe(2);
    expect(frame.extent).toEqual([-50, 0, 150, 100]);
    expect(frame.toPage([50, 50])).toEqual([250, 200]);
  });
});

describe('scaleBar', () => {
  it('chooses the longest round length that fits', () => {
    // 2 pt per metre, at most 120 pt: 60 m fits, so 50 m (100 pt).
    expect(scaleBar(2, 120)).toEqual({ metres: 50, width: 100, label: '50 m' });
    // 0.5 pt per metre: 240 m fits, so 200 m.
    expect(scaleBar(0.5, 120)).toEqual({ metres: 200, width: 100, label: '200 m' });
    expect(scaleBar(0.05, 120).label).toBe('2 km');
    expect(scaleBar(20, 120)).toEqual({ metres: 5, width: 100, label: '5 m' });
  });

  it('never exceeds the maximum width', () => {
    for (const scale of [0.013, 0.7, 1, 3.3, 17, 99]) {
      const bar = scaleBar(scale, 120);
      expect(bar.width).toBeLessThanOrEqual(120);
      expect(bar.width).toBeGreaterThan(120 / 5 - 1e-9);
    }
  });
});

describe('scaleDenominator', () => {
  it('gives the printed scale: 72 pt per inch', () => {
    // 1 m on 1 pt (0.3528 mm) is 1:2835.
    expect(scaleDenominator(1)).toBe(2835);
    expect(scaleDenominator(72 / 0.0254 / 500)).toBe(500);
  });
});

describe('intersects', () => {
  it('tells boxes that touch from boxes apart', () => {
    expect(intersects([0, 0, 10, 10], [10, 10, 20, 20])).toBe(true);
    expect(intersects([0, 0, 10, 10], [11, 0, 20, 10])).toBe(false);
  });
});
