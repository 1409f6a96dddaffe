import type { BBox, Geometry, Position } from './imkl-model.ts';
import { numberList } from './number-list.ts';
import { child, childrenNamed, type XmlNode } from './xml-node.ts';

const geometryElements = new Set([
  'Point',
  'LineString',
  'Curve',
  'Polygon',
  'Surface',
  'MultiPoint',
  'MultiCurve',
  'MultiSurface',
  'MultiLineString',
  'MultiPolygon',
]);

export function isGeometryElement(name: string): boolean {
  return geometryElements.has(name);
}

/** Reads a GML 3.2 geometry element into GeoJSON-shaped RD coordinates; null when it cannot be read. */
export function readGeometry(node: XmlNode): Geometry | null {
  inheritDimension(node, undefined);
  switch (node.name) {
    case 'Point': {
      const position = readPositions(node)[0];
      return position ? { type: 'Point', coordinates: position } : null;
    }
    case 'LineString':
    case 'Curve': {
      const line = readLine(node);
      return line.length >= 2 ? { type: 'LineString', coordinates: line } : null;
    }
    case 'Polygon':
    case 'Surface': {
      const rings = readPolygon(node);
      return rings ? { type: 'Polygon', coordinates: rings } : null;
    }
    case 'MultiPoint': {
      const points = members(node).flatMap((each) => readPositions(each).slice(0, 1));
      return points.length > 0 ? { type: 'MultiPoint', coordinates: points } : null;
    }
    case 'MultiCurve':
    case 'MultiLineString': {
      const lines = members(node)
        .map(readLine)
        .filter((line) => line.length >= 2);
      return lines.length > 0 ? { type: 'MultiLineString', coordinates: lines } : null;
    }
    case 'MultiSurface':
    case 'MultiPolygon': {
      const polygons = members(node)
        .map(readPolygon)
        .filter((polygon) => polygon !== null);
      return polygons.length > 0 ? { type: 'MultiPolygon', coordinates: polygons } : null;
    }
    default:
      return null;
  }
}

/** srsDimension holds for everything inside the element that states it, e.g. the rings of a 3D Polygon. */
function inheritDimension(node: XmlNode, inherited: string | undefined): void {
  const dimension = node.attrs.srsDimension ?? inherited;
  if (dimension !== undefined) node.attrs.srsDimension = dimension;
  for (const each of node.children) inheritDimension(each, dimension);
}

/** The geometries inside curveMember/surfaceMember/pointMember (and their plural forms). */
function members(node: XmlNode): XmlNode[] {
  const found: XmlNode[] = [];
  for (const member of node.children) {
    for (const each of member.children) if (isGeometryElement(each.name)) found.push(each);
  }
  return found;
}

function readLine(node: XmlNode): Position[] {
  if (node.name === 'Curve') {
    const segments = child(node, 'segments');
    // Consecutive segments share their joining point; keep it once.
    const points = segments ? segments.children.flatMap(readPositions) : [];
    return points.filter((point, index) => {
      const previous = points[index - 1];
      return !previous || previous[0] !== point[0] || previous[1] !== point[1];
    });
  }
  return readPositions(node);
}

function readPolygon(node: XmlNode): Position[][] | null {
  const polygon = node.name === 'Surface' ? findPatch(node) : node;
  if (!polygon) return null;
  const exterior = child(polygon, 'exterior');
  const outer = exterior ? ringOf(exterior) : [];
  if (outer.length < 4) return null;
  const holes = childrenNamed(polygon, 'interior')
    .map(ringOf)
    .filter((ring) => ring.length >= 4);
  return [outer, ...holes];
}

function findPatch(surface: XmlNode): XmlNode | undefined {
  return child(surface, 'patches')?.children[0];
}

function ringOf(boundary: XmlNode): Position[] {
  const ring = boundary.children[0];
  if (!ring) return [];
  if (ring.name === 'Ring') {
    return ring.children.flatMap((member) => member.children.flatMap(readLine));
  }
  return readPositions(ring);
}

/** Coordinates of gml:pos / gml:posList / gml:coordinates children (2D; a third value is dropped). */
function readPositions(node: XmlNode): Position[] {
  const positions: Position[] = [];
  for (const each of node.children) {
    if (each.name === 'pos' || each.name === 'posList') {
      const dimension = Number(each.attrs.srsDimension ?? node.attrs.srsDimension ?? 2) === 3 ? 3 : 2;
      pushNumbers(positions, each.text, dimension);
    } else if (each.name === 'coordinates') {
      for (const tuple of each.text.trim().split(/\s+/))
        pushNumbers(positions, tuple.replaceAll(',', ' '), 2);
    }
  }
  return positions;
}

function pushNumbers(target: Position[], text: string, dimension: 2 | 3): void {
  const values = numberList(text);
  for (let i = 0; i + 1 < values.length; i += dimension) {
    const x = values[i] as number;
    const y = values[i + 1] as number;
    if (Number.isFinite(x) && Number.isFinite(y)) target.push([x, y]);
  }
}

/** Grows the box to hold every coordinate of the geometry. */
export function extendBBox(box: BBox | null, geometry: Geometry): BBox {
  const result: BBox = box ?? [Infinity, Infinity, -Infinity, -Infinity];
  const visit = (value: unknown): void => {
    if (typeof (value as Position)[0] === 'number') {
      const [x, y] = value as Position;
      if (x < result[0]) result[0] = x;
      if (y < result[1]) result[1] = y;
      if (x > result[2]) result[2] = x;
      if (y > result[3]) result[3] = y;
      return;
    }
    for (const each of value as unknown[]) visit(each);
  };
  visit(geometry.coordinates);
  return result;
}
