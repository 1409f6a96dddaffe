import { accountEn } from './catalog/account.en';
import { announcementsEn } from './catalog/announcements.en';
import { baseEn } from './catalog/base.en';
import { companyListsEn } from './catalog/companyLists.en';
import { fieldEn } from './catalog/field.en';
import { klicEn } from './catalog/klic.en';
import { klicManageEn } from './catalog/klicManage.en';
import { klicMapEn } from './catalog/klicMap.en';
import { klicMeldingEn } from './catalog/klicMelding.en';
import { klicStatusEn } from './catalog/klicStatus.en';
import { klicWarningsEn } from './catalog/klicWarnings.en';
import { logbookEn } from './catalog/logbook.en';
import { projectsEn } from './catalog/projects.en';
import { regionsEn } from './catalog/regions.en';
import { reportsEn } from './catalog/reports.en';
import { usersEn } from './catalog/users.en';
import type { Messages } from './nl';

export const en: Messages = {
  ...baseEn,
  auth: {
    login: {
      pageTitle: 'Log in',
      intro: 'Log in with your username or e-mail address.',
      identifier: 'Username or e-mail address',
      password: 'Password',
      showPassword: 'Show or hide password',
      submit: 'Log in',
      identifierRequired: 'Enter your username or e-mail address.',
      passwordRequired: 'Enter your password.',
      errorTitle: 'Logging in did not work',
      invalidCredentials: 'The username or password is not correct. Check both and try again.',
      tooManyAttempts: 'Too many attempts in a row. Wait a minute, then try again.',
      failed: 'Logging in is not possible right now. Try again later.',
    },
    logout: {
      action: 'Log out',
      failed: 'Logging out did not work. Try again.',
    },
  },
  shell: {
    mainMenu: 'Main menu',
    openMenu: 'Open menu',
    closeMenu: 'Close menu',
    modules: 'Modules',
    klic: 'KLIC management',
    reports: 'Reports',
    comingSoon: 'coming soon',
    company: 'My company',
    outbox: 'Outgoing e-mail',
    region: 'Region',
    regionPlaceholder: 'Choose a region',
    organisation: 'Organisation',
  },
  home: {
    pageTitle: 'Start',
    welcome: 'Welcome, {{name}}',
    emptyTitle: 'Nothing to do yet',
    emptyText:
      'Your overview will appear here as soon as there is work for you. The parts you may use are in the menu at the top.',
    fieldAppTitle: 'Working in the field?',
    fieldAppText:
      'The field app shows the KLICs of your projects on your phone. You log in once per device and then stay logged in.',
    openFieldApp: 'Open the field app',
  },
  access: {
    forbiddenTitle: 'No access',
    forbiddenText: 'You do not have the right to see this page. Ask your user administrator for the right.',
    notFoundTitle: 'Page not found',
    notFoundText: 'This page does not exist (any more). Check the address or go to the start page.',
    toHome: 'To the start page',
  },
  mail: {
    outbox: {
      title: 'Outgoing e-mail',
      explanation:
        'Veldwerk stores every e-mail here first and sends it afterwards. As long as no SMTP server is configured, the e-mail stays here and you can read it here.',
      to: 'To',
      subject: 'Subject',
      status: 'Status',
      attempts: 'Attempts',
      createdAt: 'Created',
      sentAt: 'Sent at',
      nextAttemptAt: 'Next attempt',
      lastError: 'Last error',
      empty: 'There is no outgoing e-mail yet.',
      range: '{{from}}–{{to}} of {{total}}',
      pagination: 'Pages',
      open: 'Open e-mail: {{subject}}',
      noSubject: '(no subject)',
    },
    status: {
      queued: 'Queued',
      sent: 'Sent',
      failed: 'Failed',
    },
    detail: {
      text: 'Text',
      html: 'Formatted (HTML)',
      htmlFrame: 'Formatted version of the e-mail',
      noText: 'This e-mail has no text version.',
      noHtml: 'This e-mail has no formatted version.',
    },
  },
  users: usersEn,
  regions: regionsEn,
  logbook: logbookEn,
  account: accountEn,
  announcements: announcementsEn,
  klic: klicEn,
  klicWarnings: klicWarningsEn,
  klicMap: klicMapEn,
  klicManage: klicManageEn,
  projects: projectsEn,
  klicMelding: klicMeldingEn,
  reports: reportsEn,
  companyLists: companyListsEn,
  klicStatus: klicStatusEn,
  field: fieldEn,
};
