import type { fieldOfflineNl } from './fieldOffline.nl';

/** English texts of the field app's offline part; the same keys as `fieldOffline.nl.ts`. */
export const fieldOfflineEn: typeof fieldOfflineNl = {
  state: {
    pending: 'Not offline yet',
    busy: 'Downloading {{done}} of {{total}}',
    ready: 'Available offline',
    failed: 'Download failed',
  },
  summary_one: '{{ready}} of {{count}} KLIC available offline on this device',
  summary_other: '{{ready}} of {{count}} KLICs available offline on this device',
  syncing: 'Downloading KLICs for use without a connection…',
  paused: 'Downloading continues as soon as there is a connection again.',
  failed: 'Not all KLICs could be downloaded.',
  storageUsed: '{{size}} in use',
  unsupported: 'This browser cannot keep KLICs on the device; without a connection you will not see them.',
  newVersion: 'New version available',
  newVersionText: 'Reload the app to use the new version. Your queue is kept.',
  reload: 'Reload',
  keptAt: 'Data from {{time}} — possibly out of date',
  olderMap: 'Map of an older delivery; the new one is being loaded.',
};
