/** What the map knows of the own position. */
export type OwnPosition =
  | { status: 'locating' }
  | { status: 'denied' | 'unavailable' | 'unsupported' }
  | {
      status: 'located';
      /** RD New metres. */
      rd: [number, number];
      /** Radius in metres within which the phone says it is (68 % certain). */
      accuracy: number;
      wgs84: { longitude: number; latitude: number };
      at: number;
    };

export type LocatedPosition = Extract<OwnPosition, { status: 'located' }>;

/** GeolocationPositionError codes: 1 denied, 2 unavailable, 3 timed out. */
const permissionDenied = 1;

/**
 * The state after an error of watchPosition. A denial always wins; a time-out or a lost fix keeps the
 * last known position (the worker still sees where they were), otherwise the position is unavailable.
 */
export function afterPositionError(previous: OwnPosition, code: number): OwnPosition {
  if (code === permissionDenied) return { status: 'denied' };
  if (previous.status === 'located') return previous;
  return { status: 'unavailable' };
}
