import { describe, expect, it } from 'vitest';
import { compressionSteps } from './compression-plan';

describe('compression steps', () => {
  it('starts at 2048 px on the longest side in good quality, then lowers quality, then size', () => {
    const steps = compressionSteps(4000, 3000);
    expect(steps[0]).toEqual({ width: 2048, height: 1536, quality: 0.85 });
    expect(steps.slice(0, 4).map((step) => [step.width, step.quality])).toEqual([
      [2048, 0.85],
      [2048, 0.72],
      [2048, 0.6],
      [1600, 0.85],
    ]);
    expect(steps.at(-1)).toEqual({ width: 800, height: 600, quality: 0.6 });
    expect(steps).toHaveLength(15);
  });

  it('keeps portrait photos upright: the height is the longest side', () => {
    expect(compressionSteps(3000, 4000)[0]).toEqual({ width: 1536, height: 2048, quality: 0.85 });
  });

  it('never enlarges a small photo and does not try the same size twice', () => {
    const steps = compressionSteps(1200, 900);
    expect(steps.map((step) => `${step.width}x${step.height}`)).toEqual([
      ...Array(3).fill('1200x900'),
      ...Array(3).fill('1024x768'),
      ...Array(3).fill('800x600'),
    ]);
  });

  it('keeps at least one pixel of a very long, thin image', () => {
    expect(compressionSteps(20_000, 3)[0]).toEqual({ width: 2048, height: 1, quality: 0.85 });
  });
});
