/** Data kept on the device longer ago than this may no longer be current: the app says so. */
export const keptDataOutdatedAfterMs = 5 * 60 * 1000;

/** Whether data given from the device (kept at `keptAt`, epoch ms; null: fresh from the server) may be out of date. */
export function mayBeOutdated(keptAt: number | null, now: number): boolean {
  return keptAt !== null && now - keptAt > keptDataOutdatedAfterMs;
}
