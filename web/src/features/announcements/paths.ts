/** The pages of this feature; the push message of an announcement opens `list`. */
export const announcementPaths = {
  list: '/mededelingen',
  publicMaintenance: '/updates/onderhoud',
  publicOutage: '/updates/storing',
  publish: '/platform/mededelingen',
} as const;
