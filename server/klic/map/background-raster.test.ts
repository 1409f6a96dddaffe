import { describe, expect, it } from 'vitest';
import { placeholderPng } from '../generator/placeholder-files.ts';
import { envelopeOf, pngSize } from './background-raster.ts';

describe('envelopeOf', () => {
  it('reads gml:boundedBy of a delivery', () => {
    const gml =
      '<gml:FeatureCollection><gml:boundedBy><gml:Envelope srsName="urn:ogc:def:crs:EPSG::28992" srsDimension="2">' +
      '<gml:lowerCorner>175555.0 496048.0</gml:lowerCorner><gml:upperCorner>176037.0 496501.0</gml:upperCorner>' +
      '</gml:Envelope></gml:boundedBy><gml:featureMember>';
    expect(envelopeOf(gml)).toEqual([175555, 496048, 176037, 496501]);
  });

  it('answers null without an envelope, with a cut-off one, or with an empty one', () => {
    expect(envelopeOf('<gml:FeatureCollection><gml:featureMember>')).toBeNull();
    expect(envelopeOf('<gml:boundedBy><gml:Envelope><gml:lowerCorner>1 2</gml:lowerCorner>')).toBeNull();
    const flat =
      '<gml:boundedBy><gml:lowerCorner>5 5</gml:lowerCorner><gml:upperCorner>5 9</gml:upperCorner></gml:boundedBy>';
    expect(envelopeOf(flat)).toBeNull();
  });
});

describe('pngSize', () => {
  it('reads width and height from the IHDR chunk', () => {
    expect(pngSize(placeholderPng(120, 80))).toEqual({ width: 120, height: 80 });
  });

  it('answers null for bytes that are no PNG', () => {
    expect(pngSize(Buffer.from('%PDF-1.7 not an image at all, no'))).toBeNull();
    expect(pngSize(Buffer.alloc(10))).toBeNull();
  });
});
