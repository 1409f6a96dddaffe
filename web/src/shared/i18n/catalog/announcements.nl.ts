/** Dutch texts of the announcements screens; `announcements.en.ts` has the same keys. */
export const announcementsNl = {
  title: 'Mededelingen',
};
