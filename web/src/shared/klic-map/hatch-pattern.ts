import type { HatchSpec } from './pmkl-style';

const patterns = new Map<string, CanvasPattern | string>();

/**
 * The square hatch of an EV area as a repeating canvas pattern (one per colour), with the colour itself
 * as a fallback where a canvas is not available.
 */
export function hatchPattern(spec: HatchSpec): CanvasPattern | string {
  const key = `${spec.colour}|${spec.spacing}|${spec.lineWidth}`;
  const cached = patterns.get(key);
  if (cached) return cached;
  const canvas = document.createElement('canvas');
  canvas.width = spec.spacing;
  canvas.height = spec.spacing;
  const context = canvas.getContext('2d');
  const pattern = context?.createPattern(drawTile(context, canvas, spec), 'repeat') ?? spec.colour;
  patterns.set(key, pattern);
  return pattern;
}

function drawTile(context: CanvasRenderingContext2D, canvas: HTMLCanvasElement, spec: HatchSpec) {
  context.strokeStyle = spec.colour;
  context.lineWidth = spec.lineWidth;
  context.beginPath();
  context.moveTo(0, 0.5);
  context.lineTo(spec.spacing, 0.5);
  context.moveTo(0.5, 0);
  context.lineTo(0.5, spec.spacing);
  context.stroke();
  return canvas;
}
