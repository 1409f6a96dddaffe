import type { logbookNl } from './logbook.nl';

export const logbookEn: typeof logbookNl = {
  title: 'Logbook',
};
