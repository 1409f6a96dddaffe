/** Dutch texts of the logbook screens; `logbook.en.ts` has the same keys. */
export const logbookNl = {
  title: 'Logboek',
};
