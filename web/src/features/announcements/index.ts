export { AnnouncementsPage } from './components/announcements-page';
export { NotificationBell } from './components/notification-bell';
export { NotificationConsentDialog } from './components/notification-consent-dialog';
export { PublicMaintenancePage, PublicOutagePage } from './components/public-updates-page';
export { PublishAnnouncementsPage } from './components/publish-announcements-page';
export { announcementPaths } from './paths';
