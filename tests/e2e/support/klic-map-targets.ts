/**
 * Where a cable of a KLIC map is on screen, worked out from the map API's data and how the map fits its
 * extent (OpenLayers View.fit with 24 px padding, no resolution steps), so that an e2e test clicks a cable
 * and not whatever lies near it.
 */
type Position = [number, number];
type Geometry = { type: string; coordinates: unknown };
type Item = { type: string; theme: string | null; geometry: Geometry; label: string | null };
export type MapApiData = {
  bbox: [number, number, number, number] | null;
  background: { extent: [number, number, number, number] } | null;
  features: Item[];
  requestPolygons: Array<{ type: string; geometry: Geometry }>;
};
export type Box = { x: number; y: number; width: number; height: number };
export type CableTarget = { type: string; theme: string; x: number; y: number; clearance: number };

const cableTypes = new Set([
  'Elektriciteitskabel',
  'Telecommunicatiekabel',
  'Waterleiding',
  'Rioolleiding',
  'OlieGasChemicalienPijpleiding',
  'ThermischePijpleiding',
]);
const padding = 24;
/** Labels are drawn from this resolution on (map-styles.ts); their text covers what is under it. */
const labelResolution = 0.42;
const labelClearance = 80;

/** Every line (as point pairs) and lone point of a geometry. */
function parts(geometry: Geometry): { lines: Position[][]; points: Position[] } {
  const c = geometry.coordinates;
  switch (geometry.type) {
    case 'Point':
      return { lines: [], points: [c as Position] };
    case 'MultiPoint':
      return { lines: [], points: c as Position[] };
    case 'LineString':
      return { lines: [c as Position[]], points: [] };
    case 'MultiLineString':
    case 'Polygon':
      return { lines: c as Position[][], points: [] };
    case 'MultiPolygon':
      return { lines: (c as Position[][][]).flat(), points: [] };
    default:
      return { lines: [], points: [] };
  }
}

function distanceToSegment(p: Position, a: Position, b: Position): number {
  const [dx, dy] = [b[0] - a[0], b[1] - a[1]];
  const length = dx * dx + dy * dy;
  const t = length === 0 ? 0 : Math.max(0, Math.min(1, ((p[0] - a[0]) * dx + (p[1] - a[1]) * dy) / length));
  return Math.hypot(p[0] - (a[0] + t * dx), p[1] - (a[1] + t * dy));
}

function inside(p: Position, ring: Position[]): boolean {
  let result = false;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [a, b] = [ring[i] as Position, ring[j] as Position];
    if (a[1] > p[1] !== b[1] > p[1] && p[0] < ((b[0] - a[0]) * (p[1] - a[1])) / (b[1] - a[1]) + a[0]) {
      result = !result;
    }
  }
  return result;
}

/** Points on cables inside the map, the ones farthest (in screen pixels) from any other object first. */
export function cableTargets(data: MapApiData, box: Box): CableTarget[] {
  const extent = data.bbox ?? data.background?.extent;
  if (!extent) throw new Error('the map data has no extent');
  // The map element has a 1 px border; OpenLayers' viewport lies inside it.
  const [width, height] = [box.width - 2, box.height - 2];
  const resolution = Math.max(
    (extent[2] - extent[0]) / (width - 2 * padding),
    (extent[3] - extent[1]) / (height - 2 * padding),
  );
  const centre: Position = [(extent[0] + extent[2]) / 2, (extent[1] + extent[3]) / 2];
  const toScreen = (p: Position): Position => [
    box.x + 1 + width / 2 + (p[0] - centre[0]) / resolution,
    box.y + 1 + height / 2 - (p[1] - centre[1]) / resolution,
  ];
  const objects = [
    ...data.features,
    ...data.requestPolygons.map((p) => ({ ...p, theme: null, label: null })),
  ];
  const filled = data.requestPolygons
    .filter((polygon) => polygon.type === 'Informatiepolygoon')
    .flatMap((polygon) => parts(polygon.geometry).lines);
  const targets: CableTarget[] = [];
  for (const cable of data.features) {
    if (!cableTypes.has(cable.type) || !cable.theme) continue;
    for (const line of parts(cable.geometry).lines) {
      for (let i = 1; i < line.length; i++) {
        const [a, b] = [line[i - 1] as Position, line[i] as Position];
        const middle: Position = [(a[0] + b[0]) / 2, (a[1] + b[1]) / 2];
        const [x, y] = toScreen(middle);
        const margin = 40;
        if (x < box.x + margin || x > box.x + box.width - margin) continue;
        if (y < box.y + margin || y > box.y + box.height - margin) continue;
        if (filled.some((ring) => inside(middle, ring))) continue;
        let clearance = Number.POSITIVE_INFINITY;
        for (const other of objects) {
          if (other === cable) continue;
          const { lines, points } = parts(other.geometry);
          const labelled = other.label !== null && resolution <= labelResolution;
          for (const point of points) {
            const metres = Math.hypot(point[0] - middle[0], point[1] - middle[1]);
            clearance = Math.min(clearance, metres / resolution - (labelled ? labelClearance : 0));
          }
          for (const otherLine of lines) {
            for (let j = 1; j < otherLine.length; j++) {
              const metres = distanceToSegment(
                middle,
                otherLine[j - 1] as Position,
                otherLine[j] as Position,
              );
              clearance = Math.min(clearance, metres / resolution);
            }
          }
        }
        targets.push({ type: cable.type, theme: cable.theme, x, y, clearance });
      }
    }
  }
  return targets.sort((one, two) => two.clearance - one.clearance);
}
