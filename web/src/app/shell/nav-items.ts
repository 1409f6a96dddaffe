import { type Icon, IconChartBar, IconMail, IconMapPins } from '@tabler/icons-react';
import type { Ability, Session } from '@/shared/session';
import { paths } from '../paths';

export type NavItem = {
  id: string;
  label: `shell.${'klic' | 'reports' | 'outbox'}`;
  icon: Icon;
  /** Null while the module is not built yet: shown, marked "binnenkort", not clickable. */
  to: string | null;
  ability?: Ability;
};

/** The modules, in the order of the work. */
export const moduleItems: NavItem[] = [
  { id: 'klic', label: 'shell.klic', icon: IconMapPins, to: null, ability: 'klic.manage' },
  { id: 'reports', label: 'shell.reports', icon: IconChartBar, to: null },
];

/** "Mijn bedrijf": the organisation's own administration. */
export const companyItems: NavItem[] = [
  { id: 'outbox', label: 'shell.outbox', icon: IconMail, to: paths.outbox, ability: 'mail.readOutbox' },
];

export type LinkedNavItem = NavItem & { to: string };

export function isLinked(item: NavItem): item is LinkedNavItem {
  return item.to !== null;
}

export function allowedItems(items: NavItem[], abilities: Session['abilities']): NavItem[] {
  return items.filter((item) => item.ability === undefined || abilities[item.ability] === true);
}
