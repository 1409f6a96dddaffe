import {
  type Icon,
  IconChartBar,
  IconFolderQuestion,
  IconHistory,
  IconMail,
  IconMailForward,
  IconMap2,
  IconMapPins,
  IconSpeakerphone,
  IconUpload,
  IconUsers,
} from '@tabler/icons-react';
import { announcementPaths } from '@/features/announcements';
import { klicPaths } from '@/features/klic';
import { projectPaths } from '@/features/projects';
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
    | 'announcements.publish.menu';
  icon: Icon;
  /** Null while the module is not built yet: shown, marked "binnenkort", not clickable. */
  to: string | null;
  ability?: Ability;
};

/** The modules, in the order of the work. */
export const moduleItems: NavItem[] = [
  { id: 'klic', label: 'shell.klic', icon: IconMapPins, to: projectPaths.list, ability: 'klic.intake' },
  { id: 'reports', label: 'shell.reports', icon: IconChartBar, to: null },
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
