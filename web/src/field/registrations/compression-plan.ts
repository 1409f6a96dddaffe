/** A photo leaves the phone as a JPEG of at most 1 MB (the planner's PDF embeds JPEG and PNG only). */
export const maxPhotoBytes = 1024 * 1024;

export type CompressionStep = { width: number; height: number; quality: number };

const longestSides = [2048, 1600, 1280, 1024, 800];
const qualities = [0.85, 0.72, 0.6];

/**
 * The encodings to try, in order, until one fits: the longest side at most 2048 px at good quality
 * first, then lower quality, then smaller sizes. A photo is never enlarged; sizes a small photo
 * already has are not tried twice.
 */
export function compressionSteps(width: number, height: number): CompressionStep[] {
  const steps: CompressionStep[] = [];
  const seen = new Set<string>();
  for (const side of longestSides) {
    const scale = Math.min(1, side / Math.max(width, height, 1));
    const size = {
      width: Math.max(1, Math.round(width * scale)),
      height: Math.max(1, Math.round(height * scale)),
    };
    if (seen.has(`${size.width}x${size.height}`)) continue;
    seen.add(`${size.width}x${size.height}`);
    for (const quality of qualities) steps.push({ ...size, quality });
  }
  return steps;
}
