import type { fieldOfflineNl } from './fieldOffline.nl';

/** English texts of the field app's offline part; the same keys as `fieldOffline.nl.ts`. */
export const fieldOfflineEn: typeof fieldOfflineNl = {
  title: 'Offline',
};
