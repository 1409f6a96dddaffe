import { getPointResolution, get as getProjection } from 'ol/proj';
import { describe, expect, it } from 'vitest';
import { rdExtent, rdProjection } from './rd-projection';

describe('RD New in OpenLayers', () => {
  it('is known by its EPSG code, in metres, over the Dutch tiling grid', () => {
    expect(getProjection('EPSG:28992')).toBe(rdProjection);
    expect(rdProjection.getUnits()).toBe('m');
    expect(rdProjection.getExtent()).toEqual(rdExtent);
  });

  it('gives the scale line RD metres, as the measuring tool and the PDF scale use them', () => {
    expect(getPointResolution(rdProjection, 0.25, [136487, 456044], 'm')).toBe(0.25);
  });
});
