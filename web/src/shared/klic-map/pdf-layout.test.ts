import { describe, expect, it } from 'vitest';
import { formatScale, pdfLayout, scaleBarFor } from './pdf-layout';

describe('pdfLayout', () => {
  it('shows 2.77 × 1.68 hectometre of ground on A4 landscape at 1:1000', () => {
    const layout = pdfLayout('A4', 1000);
    expect(layout.paper).toEqual({ width: 297, height: 210 });
    expect(layout.map).toEqual({ x: 10, y: 10, width: 277, height: 174 });
    expect(layout.ground.width).toBeCloseTo(277, 6);
    expect(layout.ground.height).toBeCloseTo(174, 6);
  });

  it('makes one millimetre on paper the scale in millimetres on the ground, for every scale and sheet', () => {
    for (const paper of ['A4', 'A3'] as const) {
      for (const scale of [250, 500, 1000, 2000]) {
        const layout = pdfLayout(paper, scale);
        const metresPerPaperMm = layout.ground.width / layout.map.width;
        expect(metresPerPaperMm * 1000).toBeCloseTo(scale, 6);
        // The image's pixels cover the same ground: resolution × pixels = ground.
        expect(layout.resolution * layout.pixels.width).toBeCloseTo(layout.ground.width, 6);
        expect(layout.pixels.width / (layout.map.width / 25.4)).toBeCloseTo(150, 0);
      }
    }
  });

  it('gives A3 more ground than A4 at the same scale', () => {
    expect(pdfLayout('A3', 500).ground.width).toBeGreaterThan(pdfLayout('A4', 500).ground.width);
    expect(pdfLayout('A3', 500).ground.width).toBeCloseTo(200, 6);
  });
});

describe('scaleBarFor', () => {
  it('picks a round length that fits a quarter of the map and draws it to scale', () => {
    expect(scaleBarFor(500, 277)).toEqual({ metres: 25, lengthMm: 50 });
    expect(scaleBarFor(1000, 277)).toEqual({ metres: 50, lengthMm: 50 });
    expect(scaleBarFor(250, 277)).toEqual({ metres: 10, lengthMm: 40 });
    expect(scaleBarFor(2000, 400)).toEqual({ metres: 200, lengthMm: 100 });
  });
});

describe('formatScale', () => {
  it('writes the scale the Dutch way', () => {
    expect(formatScale(500)).toBe('1:500');
    expect(formatScale(2000)).toMatch(/^1:2\.000$/);
  });
});
