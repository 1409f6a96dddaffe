/**
 * Follow mode: the map keeps the own position in its centre while the worker walks. Switching it on
 * centres at once; panning by hand (one finger, not a pinch) switches it off, as does losing the position.
 */
export type FollowEvent = 'toggle' | 'pannedByHand' | 'positionLost';

export function nextFollowing(following: boolean, event: FollowEvent): boolean {
  switch (event) {
    case 'toggle':
      return !following;
    case 'pannedByHand':
    case 'positionLost':
      return false;
  }
}

/** Whether a drag is a pan (one pointer) rather than a pinch (two); unknown counts as a pan. */
export const isPan = (activePointers: readonly unknown[] | undefined) => (activePointers?.length ?? 1) <= 1;

/**
 * Whether the view must move to the position: only when it lies more than `thresholdPx` screen pixels
 * from the centre, so that GPS jitter of a few centimetres does not keep the map moving.
 */
export function shouldRecentre(
  centre: readonly number[] | undefined,
  position: readonly [number, number],
  resolution: number | undefined,
  thresholdPx = 3,
): boolean {
  if (!centre || resolution === undefined || !(resolution > 0)) return true;
  const [x = 0, y = 0] = centre;
  return Math.hypot(position[0] - x, position[1] - y) / resolution > thresholdPx;
}

/** Metres per pixel when centring on the own position: no farther out than street level (≈ 1:1800). */
export const locateMaxResolution = 0.5;

export function locateResolution(current: number | undefined): number {
  return current === undefined ? locateMaxResolution : Math.min(current, locateMaxResolution);
}
