import type { fieldKlicNl } from './fieldKlic.nl';

/** English texts of the field app's klic part; the same keys as `fieldKlic.nl.ts`. */
export const fieldKlicEn: typeof fieldKlicNl = {
  title: 'Klic',
};
