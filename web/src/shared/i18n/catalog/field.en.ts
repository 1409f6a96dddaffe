import type { fieldNl } from './field.nl';
import { fieldKlicEn } from './fieldKlic.en';
import { fieldOfflineEn } from './fieldOffline.en';
import { fieldRegistrationEn } from './fieldRegistration.en';

/** English texts of the field app; the same keys as `field.nl.ts`. */
export const fieldEn: typeof fieldNl = {
  documentTitle: 'Veldwerk Field',
  appName: 'Veldwerk Field',
  online: 'Online',
  offline: 'No connection',
  offlineHint:
    'You are working without a connection. What you record is sent as soon as the connection returns.',
  menu: 'Menu',
  logout: 'Log out',
  logoutOfflineRefused: 'Logging out needs a connection.',
  logoutFailed: 'Logging out did not work; please try again.',
  logoutDialog: {
    title: 'Log out?',
    klics_one: '{{count}} KLIC will be removed from this device.',
    klics_other: '{{count}} KLICs will be removed from this device.',
    noKlics: 'There are no KLICs on this device.',
    outbox_one: '{{count}} registration is still waiting and will be kept.',
    outbox_other: '{{count}} registrations are still waiting and will be kept.',
    cancel: 'Cancel',
  },
  lastKnownSession: 'Last known session on this device; not yet confirmed by Veldwerk.',
  officeApp: 'To the office app',
  noAccessTitle: 'The field app is for field workers',
  noAccessText:
    'Your account does not have the Field worker right. Ask your user administrator for it, or go to the office app.',
  sessionEndedTitle: 'Your session has ended',
  sessionEndedText: 'Log in again to continue. Whatever is still waiting in the queue is kept.',
  login: 'Log in',
  notFound: 'This page does not exist in the field app.',
  toList: 'To my KLICs',
  list: {
    title: 'My KLICs',
    empty: 'No KLICs have been assigned to you yet. Your work planner assigns them in Klic Beheer.',
    project: 'Project {{number}}',
    noProject: 'No project',
    startDate: 'Starts {{date}}',
    expiresOn: 'Valid until {{date}}',
    expired: 'Expired on {{date}}',
    noExpiry: 'Validity not known yet',
    ev: 'Precautionary measure required (EV)',
    evCount_one: '{{count}} network operator requires precautionary measures',
    evCount_other: '{{count}} network operators require precautionary measures',
    state: { requested: 'Requested', partial: 'Partial delivery', complete: 'Complete' },
  },
  klic: fieldKlicEn,
  registration: fieldRegistrationEn,
  offlineData: fieldOfflineEn,
};
