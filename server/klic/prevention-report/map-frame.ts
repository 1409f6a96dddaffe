import type { BBox, Position } from '../imkl/imkl-model.ts';

/** A rectangle on the page in PDF points; y grows downwards, as pdfkit draws. */
export type PageBox = { x: number; y: number; width: number; height: number };

/** How RD New metres land on the page: one scale for both axes (no distortion), north up. */
export type MapFrame = {
  /** The RD extent the box shows, widened to the box's proportions. */
  extent: BBox;
  /** Points per metre. */
  scale: number;
  toPage: (position: Position) => [number, number];
};

/** One PDF point is 1/72 inch. */
const metresPerPoint = 0.0254 / 72;

/**
 * The extent around the registrations: their bounding box plus a margin, at least `minSize` metres wide
 * and high so that a single registration still shows the cables around it.
 */
export function extentAround(positions: readonly Position[], margin = 25, minSize = 60): BBox | null {
  if (positions.length === 0) return null;
  const xs = positions.map((position) => position[0]);
  const ys = positions.map((position) => position[1]);
  const centre = [(Math.min(...xs) + Math.max(...xs)) / 2, (Math.min(...ys) + Math.max(...ys)) / 2];
  const halfWidth = Math.max((Math.max(...xs) - Math.min(...xs)) / 2 + margin, minSize / 2);
  const halfHeight = Math.max((Math.max(...ys) - Math.min(...ys)) / 2 + margin, minSize / 2);
  const [cx, cy] = centre as [number, number];
  return [cx - halfWidth, cy - halfHeight, cx + halfWidth, cy + halfHeight];
}

/** Fits the extent into the box, centred: the tighter axis decides the scale, the other one shows more. */
export function mapFrame(extent: BBox, box: PageBox): MapFrame {
  const [minX, minY, maxX, maxY] = extent;
  const scale = Math.min(box.width / (maxX - minX), box.height / (maxY - minY));
  const centreX = (minX + maxX) / 2;
  const centreY = (minY + maxY) / 2;
  const halfWidth = box.width / scale / 2;
  const halfHeight = box.height / scale / 2;
  const left = centreX - halfWidth;
  const top = centreY + halfHeight;
  return {
    extent: [left, centreY - halfHeight, centreX + halfWidth, top],
    scale,
    toPage: ([x, y]) => [box.x + (x - left) * scale, box.y + (top - y) * scale],
  };
}

/** The scale of the printed extract, e.g. 500 for 1:500 (the PDF printed at 100 %). */
export function scaleDenominator(scale: number): number {
  return Math.round(1 / (scale * metresPerPoint));
}

/** A scale bar of a round length (1, 2 or 5 × 10ⁿ metres) no wider than `maxWidth` points. */
export function scaleBar(scale: number, maxWidth: number): { metres: number; width: number; label: string } {
  const maxMetres = maxWidth / scale;
  const power = 10 ** Math.floor(Math.log10(maxMetres));
  const step = [5, 2, 1].find((each) => each * power <= maxMetres) ?? 1;
  const metres = step * power;
  const label = metres >= 1000 ? `${metres / 1000} km` : `${metres} m`;
  return { metres, width: metres * scale, label };
}

/** Whether a bounding box touches the extent (to leave out what lies outside the extract). */
export function intersects(a: BBox, b: BBox): boolean {
  return a[0] <= b[2] && a[2] >= b[0] && a[1] <= b[3] && a[3] >= b[1];
}
