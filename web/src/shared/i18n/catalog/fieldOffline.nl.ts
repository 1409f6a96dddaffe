/** Dutch texts of the field app's offline part; `fieldOffline.en.ts` has the same keys. */
export const fieldOfflineNl = {
  title: 'Offline',
};
