/**
 * Where the field app (/veld) keeps a worker's data in this browser. Defined once: the field app, its
 * service worker and the office app's logout all name these.
 */
export const fieldDataCacheName = 'veld-data';
export const fieldFilesCacheName = 'veld-files';

/** The last known session (lets the app open without a connection). */
export const fieldSessionStorageKey = 'veldwerk.field.session';

/** Which KLICs are completely on the device, and what tells whether they are current. */
export const fieldOfflineRecordsStorageKey = 'veldwerk.field.offline';
