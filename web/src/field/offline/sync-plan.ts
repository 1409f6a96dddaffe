import type { KlicOfflineRecords } from './offline-record';

/** A KLIC on the worker's list, as far as keeping it on the device is concerned. */
export type KlicToKeep = { id: string; currentDeliveryId: string | null };

/** Details and maps are asked again after this time (a new own attachment, a changed EV). */
export const revalidateAfterMs = 10 * 60 * 1000;

/**
 * Which KLICs to download (or check) and which to remove from the device. A KLIC whose stored copy is
 * complete, of its current delivery and recently checked is left alone; those with nothing on the device
 * come first. A stored KLIC that is no longer on the list (removed, moved to another project) is forgotten.
 */
export function planSync(
  klics: readonly KlicToKeep[],
  records: KlicOfflineRecords,
  now: number,
): { download: string[]; forget: string[] } {
  const current = (klic: KlicToKeep) => {
    const record = records[klic.id];
    return (
      record !== undefined &&
      record.deliveryId === klic.currentDeliveryId &&
      now - record.checkedAt < revalidateAfterMs
    );
  };
  const todo = klics.filter((klic) => !current(klic));
  const listed = new Set(klics.map((klic) => klic.id));
  return {
    download: [...todo.filter((klic) => !records[klic.id]), ...todo.filter((klic) => records[klic.id])].map(
      (klic) => klic.id,
    ),
    forget: Object.keys(records).filter((id) => !listed.has(id)),
  };
}

/** The URLs of a stored KLIC that its new download no longer has (an older delivery's files). */
export function staleUrls(
  before: { data: readonly string[]; files: readonly string[] } | undefined,
  after: { data: readonly string[]; files: readonly string[] },
): string[] {
  if (!before) return [];
  const kept = new Set([...after.data, ...after.files]);
  return [...before.data, ...before.files].filter((url) => !kept.has(url));
}

/** The files of a KLIC to keep: its documents and the map's background raster, each once. */
export function klicFiles(documents: readonly { url: string }[], backgroundUrl: string | null): string[] {
  return [
    ...new Set([...documents.map((document) => document.url), ...(backgroundUrl ? [backgroundUrl] : [])]),
  ];
}
