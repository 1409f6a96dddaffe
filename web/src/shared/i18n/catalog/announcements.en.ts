import type { announcementsNl } from './announcements.nl';

export const announcementsEn: typeof announcementsNl = {
  title: 'Announcements',
};
