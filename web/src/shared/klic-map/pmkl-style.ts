/**
 * The official KLIC styling (PMKL 2.0, unchanged in 3.0) as plain data: colours per theme, line width by
 * scale, dash pattern by status, the request polygons and the EV hatch. No OpenLayers here, so that the
 * rules are tested on their own and the field app draws exactly the same.
 */
import { lineStatus, requestPolygonColour, statusDashes, themeColour } from '../../../../shared/pmkl-palette';

// The colours and dash patterns live in shared/pmkl-palette.ts, which the server's PDFs read as well.
export {
  type LineStatus,
  lineStatus,
  requestPolygonColour,
  themeColour,
  themeColours,
} from '../../../../shared/pmkl-palette';

/** Scale denominator of a resolution (metres per pixel) with the OGC standard pixel of 0.28 mm. */
export function scaleOf(resolution: number): number {
  return resolution / 0.00028;
}

/** Lines are 1, 2 or 4 px: thicker as one zooms in (up to 1:500 four, up to 1:2000 two). */
export function lineWidth(resolution: number): 1 | 2 | 4 {
  // Rounded: 0.14 m/px is 1:500 exactly, but not in floating point.
  const scale = Math.round(scaleOf(resolution));
  if (scale <= 500) return 4;
  if (scale <= 2000) return 2;
  return 1;
}

export type LineSpec = { colour: string; width: number; dash: number[] | undefined };

export function networkLine(theme: string | null, status: string | undefined, resolution: number): LineSpec {
  const dash = statusDashes[lineStatus(status)];
  return { colour: themeColour(theme), width: lineWidth(resolution), dash: dash ? [...dash] : undefined };
}

export type PolygonSpec = { stroke: string; width: number; dash: number[] | undefined; fill: string | null };

/** Dig and orientation polygons: 4 px magenta dashed 30/6; the information polygon: magenta at 35 %. */
export function requestPolygonSpec(type: string): PolygonSpec {
  if (type === 'Informatiepolygoon') {
    return { stroke: requestPolygonColour, width: 1, dash: undefined, fill: 'rgba(255, 0, 255, 0.35)' };
  }
  return { stroke: requestPolygonColour, width: 4, dash: [30, 6], fill: null };
}

export type HatchSpec = { colour: string; spacing: number; lineWidth: number };

/** EV areas: a square hatch (horizontal and vertical lines) in the theme colour. */
export function evHatch(theme: string | null): HatchSpec {
  return { colour: themeColour(theme), spacing: 8, lineWidth: 1 };
}

/**
 * Drawing order, bottom to top, as the visualisation guide sets it: own topography first, then the
 * operators' areas, EV areas, cables and pipes, point objects, labels and dimensions, and the request
 * polygons on top.
 */
export const drawingOrder = [
  'topography',
  'area',
  'ev',
  'network',
  'point',
  'annotation',
  'request',
] as const;
export type DrawingLevel = (typeof drawingOrder)[number];

const annotationTypes = new Set(['Annotatie', 'Maatvoering']);
const areaTypes = new Set(['ExtraGeometrie', 'Veiligheidsgebied']);

export function drawingLevel(type: string, geometryType: string): DrawingLevel {
  if (type === 'EigenTopografie') return 'topography';
  if (type === 'AanduidingEisVoorzorgsmaatregel') return 'ev';
  if (type.endsWith('polygoon')) return 'request';
  if (annotationTypes.has(type)) return 'annotation';
  if (areaTypes.has(type) || geometryType.endsWith('Polygon')) return 'area';
  if (geometryType.endsWith('Point')) return 'point';
  return 'network';
}

/** z-index of a level: its place in the drawing order. */
export function zIndexOf(level: DrawingLevel): number {
  return drawingOrder.indexOf(level);
}
