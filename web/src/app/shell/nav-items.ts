import {
  type Icon,
  IconAlertTriangle,
  IconBellCog,
  IconChartBar,
  IconFolderQuestion,
  IconHistory,
  IconLifebuoy,
  IconListCheck,
  IconListDetails,
  IconMail,
  IconMailForward,
  IconMap2,
  IconMapPins,
  IconSpeakerphone,
  IconUpload,
  IconUsers,
} from '@tabler/icons-react';
import type { ComponentType } from 'react';
import { announcementPaths } from '@/features/announcements';
import { companyListPaths, reasonLists } from '@/features/company-lists';
import { klicPaths } from '@/features/klic';
import { klicStatusPaths } from '@/features/klic-status';
import { KlicWarningsBadge, klicWarningPaths } from '@/features/klic-warnings';
import { projectPaths } from '@/features/projects';
import { reportPaths } from '@/features/reports';
import type { Ability, Session } from '@/shared/session';
import { paths } from '../paths';

export type NavItem = {
  id: string;
  label:
    | `shell.${'klic' | 'reports' | 'outbox'}`
    | 'users.title'
    | 'regions.menu'
    | `klic.${'unlinked' | 'upload' | 'mail'}.menu`
    | 'logbook.menu'
    | 'announcements.menu'
    | 'announcements.publish.menu'
    | 'klicStatus.status.title'
    | `companyLists.lists.${(typeof reasonLists)[number]}`
    | 'companyLists.helpdesk.title'
    | `klicWarnings.${'menu' | 'settings.menu'}`;
  icon: Icon;
  /** Null while the module is not built yet: shown, marked "binnenkort", not clickable. */
  to: string | null;
  ability?: Ability;
  /** A small count beside the label (e.g. today's KLIC warnings). */
  badge?: ComponentType;
};

/** The modules, in the order of the work. */
export const moduleItems: NavItem[] = [
  { id: 'klic', label: 'shell.klic', icon: IconMapPins, to: projectPaths.list, ability: 'klic.intake' },
  {
    id: 'klic-warnings',
    label: 'klicWarnings.menu',
    icon: IconAlertTriangle,
    to: klicWarningPaths.list,
    ability: 'klic.manage',
    badge: KlicWarningsBadge,
  },
  {
    id: 'reports',
    label: 'shell.reports',
    icon: IconChartBar,
    to: reportPaths.page,
    ability: 'reports.read',
  },
  { id: 'announcements', label: 'announcements.menu', icon: IconSpeakerphone, to: announcementPaths.list },
  {
    id: 'publish',
    label: 'announcements.publish.menu',
    icon: IconSpeakerphone,
    to: announcementPaths.publish,
    ability: 'announcements.publish',
  },
];

/** "Mijn bedrijf": the organisation's own administration. */
export const companyItems: NavItem[] = [
  { id: 'users', label: 'users.title', icon: IconUsers, to: paths.users, ability: 'users.manage' },
  { id: 'regions', label: 'regions.menu', icon: IconMap2, to: paths.regions, ability: 'regions.manage' },
  {
    id: 'klic-status',
    label: 'klicStatus.status.title',
    icon: IconListCheck,
    to: klicStatusPaths.status,
    ability: 'klic.intake',
  },
  {
    id: 'klic-unlinked',
    label: 'klic.unlinked.menu',
    icon: IconFolderQuestion,
    to: klicPaths.unlinked,
    ability: 'klic.intake',
  },
  {
    id: 'klic-upload',
    label: 'klic.upload.menu',
    icon: IconUpload,
    to: klicPaths.upload,
    ability: 'klic.intake',
  },
  {
    id: 'klic-mail',
    label: 'klic.mail.menu',
    icon: IconMailForward,
    to: klicPaths.mail,
    ability: 'klic.intake',
  },
  ...reasonLists.map(
    (list): NavItem => ({
      id: `reasons-${list}`,
      label: `companyLists.lists.${list}`,
      icon: IconListDetails,
      to: companyListPaths.reasonListOf(list),
      ability: 'reasonLists.manage',
    }),
  ),
  // No ability: every user, also a field worker, finds the helpdesk here.
  { id: 'helpdesk', label: 'companyLists.helpdesk.title', icon: IconLifebuoy, to: companyListPaths.helpdesk },
  {
    id: 'klic-warning-settings',
    label: 'klicWarnings.settings.menu',
    icon: IconBellCog,
    to: klicWarningPaths.settings,
    ability: 'klicWarnings.configure',
  },
  { id: 'logbook', label: 'logbook.menu', icon: IconHistory, to: paths.logbook, ability: 'logbook.read' },
  { id: 'outbox', label: 'shell.outbox', icon: IconMail, to: paths.outbox, ability: 'mail.readOutbox' },
];

export type LinkedNavItem = NavItem & { to: string };

export function isLinked(item: NavItem): item is LinkedNavItem {
  return item.to !== null;
}

export function allowedItems(items: NavItem[], abilities: Session['abilities']): NavItem[] {
  return items.filter((item) => item.ability === undefined || abilities[item.ability] === true);
}
