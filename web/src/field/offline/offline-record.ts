import { fieldOfflineRecordsStorageKey } from '@/shared/field-device';

/**
 * What is kept on the device of one KLIC after a complete download: the URLs in the caches (under the
 * cache rules of the service worker) and what tells whether they are still current.
 */
export type KlicOfflineRecord = {
  deliveryId: string | null;
  /** The map's ETag: an unchanged map is not stored again. */
  mapEtag: string | null;
  backgroundUrl: string | null;
  /** Detail and map ('veld-data'). */
  data: string[];
  /** Documents and background raster ('veld-files'; they never change). */
  files: string[];
  checkedAt: number;
};

export type KlicOfflineRecords = Record<string, KlicOfflineRecord>;

export function readRecords(): KlicOfflineRecords {
  try {
    const value = window.localStorage.getItem(fieldOfflineRecordsStorageKey);
    return value ? (JSON.parse(value) as KlicOfflineRecords) : {};
  } catch {
    return {};
  }
}

export function writeRecords(records: KlicOfflineRecords): void {
  try {
    window.localStorage.setItem(fieldOfflineRecordsStorageKey, JSON.stringify(records));
  } catch {
    // Storage blocked or full: the KLICs are downloaded again next time.
  }
}
