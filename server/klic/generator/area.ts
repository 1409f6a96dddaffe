import type { AanvraagSoort } from './delivery-options.ts';
import type { Position } from './gml-writer.ts';
import type { Random } from './random.ts';

export type PolygonKind = 'Graafpolygoon' | 'Orientatiepolygoon' | 'Informatiepolygoon';
export type RequestPolygon = { kind: PolygonKind; ring: Position[] };
export type BBox = [minX: number, minY: number, maxX: number, maxY: number];

/** A straight street across the area; cables and pipes lie beside it, each theme at its own offset. */
export type Street = { from: Position; to: Position; length: number; unit: Position; normal: Position };

export type Area = { polygons: RequestPolygon[]; bbox: BBox; streets: Street[] };

/** A ring with one cut corner, w × h metres around the centre (closed: last = first). */
function ring([cx, cy]: Position, width: number, height: number, random: Random): Position[] {
  const [x0, y0, x1, y1] = [cx - width / 2, cy - height / 2, cx + width / 2, cy + height / 2];
  const cut = random.between(0.1, 0.3) * Math.min(width, height);
  const bulge = random.between(0, 0.08) * height;
  const corners: Position[] = [
    [x0, y0],
    [(x0 + x1) / 2, y0],
    [x1, y0 + bulge],
    [x1, y1 - cut],
    [x1 - cut, y1],
    [x0, y1],
    [x0, y0],
  ];
  return corners.map(([x, y]) => [Math.round(x), Math.round(y)]);
}

function bboxOf(points: readonly Position[]): BBox {
  const xs = points.map(([x]) => x);
  const ys = points.map(([, y]) => y);
  return [Math.min(...xs), Math.min(...ys), Math.max(...xs), Math.max(...ys)];
}

function street(from: Position, to: Position): Street {
  const length = Math.hypot(to[0] - from[0], to[1] - from[1]);
  const unit: Position = [(to[0] - from[0]) / length, (to[1] - from[1]) / length];
  return { from, to, length, unit, normal: [-unit[1], unit[0]] };
}

function streetsIn([x0, y0, x1, y1]: BBox, random: Random): Street[] {
  const inset = 25;
  const streets: Street[] = [];
  const across = (size: number) => Math.max(2, Math.floor(size / 75));
  const rows = across(y1 - y0);
  const columns = across(x1 - x0);
  for (let row = 1; row <= rows; row++) {
    const y = y0 + ((y1 - y0) * row) / (rows + 1);
    const tilt = random.between(-0.04, 0.04) * (x1 - x0);
    streets.push(street([x0 + inset, y - tilt / 2], [x1 - inset, y + tilt / 2]));
  }
  for (let column = 1; column <= columns; column++) {
    const x = x0 + ((x1 - x0) * column) / (columns + 1);
    const tilt = random.between(-0.04, 0.04) * (y1 - y0);
    streets.push(street([x - tilt / 2, y0 + inset], [x + tilt / 2, y1 - inset]));
  }
  return streets;
}

/**
 * The request polygons of the aanvraagSoort: a dig polygon of at most 500 × 500 m, an orientation polygon of
 * at most 2500 × 2500 m, and for an emergency a dig polygon inside an information polygon.
 */
export function planArea(soort: AanvraagSoort, centre: Position, random: Random): Area {
  const polygons: RequestPolygon[] = [];
  if (soort === 'orientatieverzoek') {
    const ringPoints = ring(centre, random.between(1200, 2400), random.between(1000, 2400), random);
    polygons.push({ kind: 'Orientatiepolygoon', ring: ringPoints });
  } else if (soort === 'calamiteitenmelding') {
    const [width, height] = [random.between(200, 380), random.between(200, 380)];
    const dig = ring(centre, width, height, random);
    const grow = (Math.max(width, height) + 100) / Math.max(width, height);
    const around: Position[] = dig.map(([x, y]) => [
      Math.round(centre[0] + (x - centre[0]) * grow),
      Math.round(centre[1] + (y - centre[1]) * grow),
    ]);
    polygons.push({ kind: 'Graafpolygoon', ring: dig }, { kind: 'Informatiepolygoon', ring: around });
  } else {
    const ringPoints = ring(centre, random.between(240, 480), random.between(200, 480), random);
    polygons.push({ kind: 'Graafpolygoon', ring: ringPoints });
  }
  const bbox = bboxOf(polygons.flatMap((polygon) => polygon.ring));
  return { polygons, bbox, streets: streetsIn(bbox, random) };
}

/** A point `along` metres down the street and `offset` metres beside it, kept inside the area. */
export function alongStreet(area: Area, street: Street, along: number, offset: number): Position {
  const x = street.from[0] + street.unit[0] * along + street.normal[0] * offset;
  const y = street.from[1] + street.unit[1] * along + street.normal[1] * offset;
  return insideArea(area, [x, y]);
}

/** The position moved onto the area's envelope if it lies outside, so that gml:boundedBy stays true. */
export function insideArea(area: Area, [x, y]: Position): Position {
  const [x0, y0, x1, y1] = area.bbox;
  return [Math.min(x1, Math.max(x0, x)), Math.min(y1, Math.max(y0, y))];
}

/** The street's direction in degrees, counter-clockwise from east, for labels that follow it. */
export const streetAngle = (street: Street) =>
  Math.round((Math.atan2(street.unit[1], street.unit[0]) * 180) / Math.PI);
