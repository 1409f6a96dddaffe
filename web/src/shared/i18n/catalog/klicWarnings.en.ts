import type { klicWarningsNl } from './klicWarnings.nl';

export const klicWarningsEn: typeof klicWarningsNl = {
  menu: 'Warnings',
  badge_one: '{{count}} warning',
  badge_other: '{{count}} warnings',
  title: 'Warnings',
  intro:
    'KLIC notifications that expire soon or have expired, deliveries that are not complete yet, and EVs not handled while the work is about to start. Working days exclude weekends, public holidays and your company’s closing days.',
  none: 'There are no warnings today.',
  settingsLink: 'Warning settings',
  moreThanListed: 'The first {{listed}} of {{count}} are listed below.',
  kind: {
    expiring: 'Expiring soon',
    expired: 'Expired on an active project',
    partial: 'Delivery not complete yet',
    evOpen: 'EV not handled',
  },
  todo: {
    expiring:
      'These KLIC notifications are valid for {{count}} working days or fewer. Request a new notification in time if the work takes longer.',
    expired:
      'These KLIC notifications expired while the project is still running. Make a new notification before anyone digs.',
    partial:
      'Not everything of these KLIC notifications has been delivered. Check that the complete delivery from the Kadaster is still coming.',
    evOpen:
      'The work starts within 3 working days (or has started), but a network operator demands precautions that are not handled yet. Contact the operator and handle the EV.',
  },
  columns: {
    klic: 'KLIC number',
    project: 'Project',
    subProject: 'Sub-project',
    expiresOn: 'Expiry date',
    workdaysLeft: 'Working days',
    startDate: 'Start date',
    operators: 'Network operators',
  },
  unlinked: 'Not linked',
  openProject: 'Manage the KLICs of project {{number}}',
  workdays: {
    left_one: '{{count}} working day left',
    left_other: '{{count}} working days left',
    lastDay: 'last day today',
    ago_one: '{{count}} working day ago',
    ago_other: '{{count}} working days ago',
  },
  counts: 'Counts per kind',
  settings: {
    menu: 'Warning settings',
    title: 'Warning settings',
    intro:
      'Choose how many working days ahead Veldwerk warns that a KLIC notification expires, and who receives one e-mail with all warnings every working day at 06:30.',
    workdays: 'Warn when expiring within (working days)',
    workdaysHint: 'A whole number from 1 to 20.',
    recipients: 'Recipients of the daily e-mail',
    recipientsHint:
      'Work planners and user administrators of your company. Empty: nobody receives the e-mail.',
    recipientsPlaceholder: 'Choose recipients',
    nobody: 'Nobody found',
    save: 'Save',
    saved: 'The settings have been saved.',
    saveFailed: 'Saving failed',
    errors: {
      workdays: 'Enter a whole number from 1 to 20.',
      recipients:
        'A chosen recipient is not (or no longer) a work planner or user administrator of your company. Remove them and try again.',
    },
  },
};
