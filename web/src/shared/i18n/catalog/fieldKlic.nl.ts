/** Dutch texts of the field app's klic part; `fieldKlic.en.ts` has the same keys. */
export const fieldKlicNl = {
  title: 'Klic',
};
