import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Geometry, ImklFeature, Position } from './imkl-model.ts';
import { type ReadDelivery, readDelivery } from './read-delivery.ts';
import { aanvraag, deliveryEntries, imklDocument, levering } from './test-deliveries.ts';
import { scratchFolder, zipBytes } from './test-zips.ts';

const scratch = scratchFolder('imkl-geometry');
afterAll(() => scratch.remove());

const rd = 'srsName="urn:ogc:def:crs:EPSG::28992"';
const feature = (type: string, id: string, property: string, geometry: string) =>
  `<imkl:${type} gml:id="nl.imkl-KL0001.${id}"><imkl:${property}>${geometry}</imkl:${property}></imkl:${type}>`;
const ring = (coordinates: string) =>
  `<gml:LinearRing><gml:posList>${coordinates}</gml:posList></gml:LinearRing>`;

const geometries = [
  feature('Kast', 'point', 'ligging', `<gml:Point ${rd}><gml:pos>155000 463000</gml:pos></gml:Point>`),
  `<imkl:UtilityLink gml:id="nl.imkl-KL0001.line"><net:centrelineGeometry><gml:LineString ${rd} srsDimension="2">
    <gml:posList>155000 463000 155010.5 463000 155010.5 463020.25</gml:posList></gml:LineString></net:centrelineGeometry></imkl:UtilityLink>`,
  feature(
    'ExtraGeometrie',
    'hole',
    'vlakgeometrie2D',
    `<gml:Polygon ${rd}><gml:exterior>${ring('155100 463100 155140 463100 155140 463140 155100 463140 155100 463100')}</gml:exterior>
    <gml:interior>${ring('155110 463110 155120 463110 155120 463120 155110 463110')}</gml:interior></gml:Polygon>`,
  ),
  feature(
    'Maatvoering',
    'curve',
    'ligging',
    `<gml:Curve ${rd}><gml:segments>
      <gml:LineStringSegment><gml:posList>155200 463200 155210 463200</gml:posList></gml:LineStringSegment>
      <gml:LineStringSegment><gml:posList>155210 463200 155210 463230</gml:posList></gml:LineStringSegment>
    </gml:segments></gml:Curve>`,
  ),
  feature(
    'AanduidingEisVoorzorgsmaatregel',
    'multi',
    'geometrie',
    `<gml:MultiSurface ${rd}>
      <gml:surfaceMember><gml:Polygon><gml:exterior>${ring('154900 462900 154910 462900 154910 462910 154900 462900')}</gml:exterior></gml:Polygon></gml:surfaceMember>
      <gml:surfaceMember><gml:Polygon><gml:exterior>${ring('154950 462950 154960 462950 154960 462960 154950 462950')}</gml:exterior></gml:Polygon></gml:surfaceMember>
    </gml:MultiSurface>`,
  ),
  `<imkl:UtilityLink gml:id="nl.imkl-KL0001.line3d"><net:centrelineGeometry><gml:LineString srsName="urn:ogc:def:crs:EPSG::7415" srsDimension="3">
    <gml:posList>155300 463300 -1.2 155310 463300 -1.4</gml:posList></gml:LineString></net:centrelineGeometry></imkl:UtilityLink>`,
  `<imkl:UtilityLink gml:id="nl.imkl-KL0001.poslist3d"><net:centrelineGeometry><gml:LineString srsName="urn:ogc:def:crs:EPSG::7415">
    <gml:posList srsDimension="3">155400 463400 -0.8 155410 463410 -0.9 155420 463400 -1.0</gml:posList></gml:LineString></net:centrelineGeometry></imkl:UtilityLink>`,
  feature(
    'ExtraGeometrie',
    'polygon3d',
    'vlakgeometrie3D',
    `<gml:Polygon srsName="urn:ogc:def:crs:EPSG::7415" srsDimension="3"><gml:exterior>
      ${ring('155500 463500 -1 155510 463500 -1 155510 463510 -1 155500 463500 -1')}</gml:exterior></gml:Polygon>`,
  ),
];

let read: ReadDelivery;
const byId = new Map<string, ImklFeature>();
beforeAll(async () => {
  const gml = imklDocument([levering, aanvraag(), ...geometries]);
  read = await readDelivery(await scratch.file(await zipBytes(deliveryEntries(gml))), {
    onFeatures: async (features) => {
      for (const each of features) byId.set(each.gmlId.replace('nl.imkl-KL0001.', ''), each);
    },
  });
});

function geometryOf(id: string): Geometry {
  const geometry = byId.get(id)?.geometry;
  if (!geometry) throw new Error(`no geometry read for ${id}`);
  return geometry;
}

describe('readDelivery reads GML geometry into RD coordinates', () => {
  it('reads a Point and a LineString', () => {
    expect(geometryOf('point')).toEqual({ type: 'Point', coordinates: [155000, 463000] });
    expect(geometryOf('line')).toEqual({
      type: 'LineString',
      coordinates: [
        [155000, 463000],
        [155010.5, 463000],
        [155010.5, 463020.25],
      ],
    });
  });

  it('reads a Polygon with a hole as outer ring and inner ring', () => {
    expect(geometryOf('hole')).toEqual({
      type: 'Polygon',
      coordinates: [
        [
          [155100, 463100],
          [155140, 463100],
          [155140, 463140],
          [155100, 463140],
          [155100, 463100],
        ],
        [
          [155110, 463110],
          [155120, 463110],
          [155120, 463120],
          [155110, 463110],
        ],
      ],
    });
  });

  it('reads a gml:Curve as one line through its segments', () => {
    const curve = geometryOf('curve');
    expect(curve.type).toBe('LineString');
    // Neighbouring segments share their end point; where it appears twice does not matter for the line.
    const path = (curve.coordinates as Position[]).filter(
      (point, i, all) => i === 0 || point.join() !== all[i - 1]?.join(),
    );
    expect(path).toEqual([
      [155200, 463200],
      [155210, 463200],
      [155210, 463230],
    ]);
  });

  it('reads a MultiSurface as a MultiPolygon', () => {
    const multi = geometryOf('multi');
    expect(multi.type).toBe('MultiPolygon');
    expect(multi.coordinates).toHaveLength(2);
    expect((multi.coordinates as Position[][][])[1]?.[0]?.[2]).toEqual([154960, 462960]);
  });

  it('drops the height of 3D coordinates, wherever srsDimension is stated', () => {
    expect(geometryOf('line3d').coordinates).toEqual([
      [155300, 463300],
      [155310, 463300],
    ]);
    expect(geometryOf('poslist3d').coordinates).toEqual([
      [155400, 463400],
      [155410, 463410],
      [155420, 463400],
    ]);
    expect(geometryOf('polygon3d').coordinates).toEqual([
      [
        [155500, 463500],
        [155510, 463500],
        [155510, 463510],
        [155500, 463500],
      ],
    ]);
  });
});

describe('readDelivery puts a bounding box around the map objects', () => {
  it('spans every coordinate in RD', () => {
    expect(read.summary.bbox?.rd).toEqual([154900, 462900, 155510, 463510]);
  });

  it('converts RD to WGS84: the Amersfoort reference point 155000 463000 is at 5.38721 E, 52.15517 N', async () => {
    const gml = imklDocument([levering, aanvraag(), geometries[0] as string]);
    const { summary } = await readDelivery(await scratch.file(await zipBytes(deliveryEntries(gml))));
    const [west, south, east, north] = summary.bbox?.wgs84 ?? [];
    expect(west).toBeCloseTo(5.38721, 4);
    expect(east).toBeCloseTo(5.38721, 4);
    expect(south).toBeCloseTo(52.15517, 4);
    expect(north).toBeCloseTo(52.15517, 4);
  });

  it('orders the WGS84 box as west, south, east, north around the RD box', () => {
    const [west, south, east, north] = read.summary.bbox?.wgs84 ?? [];
    expect(west).toBeLessThan(east as number);
    expect(south).toBeLessThan(north as number);
    expect(west).toBeGreaterThan(5.38);
    expect(north).toBeLessThan(52.16);
  });
});
