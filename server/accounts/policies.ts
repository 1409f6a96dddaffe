import type { Actor } from './actor.ts';

/**
 * What a user may do, one line per ability. The server checks these; `/api/me` sends them to the UI,
 * which hides what the user may not do.
 */
const rules = {
  'users.manage': (actor: Actor) => actor.rights.includes('userAdmin'),
  'regions.manage': (actor: Actor) => actor.rights.includes('userAdmin'),
  'logbook.read': (actor: Actor) => actor.rights.includes('userAdmin'),
  'announcements.publish': (actor: Actor) => actor.platformOperator,
  'mail.readOutbox': (actor: Actor) => actor.rights.includes('userAdmin'),
  'settings.manage': (actor: Actor) => actor.rights.includes('userAdmin'),
  'klic.manage': (actor: Actor) => actor.rights.includes('workPlanner'),
  'klic.intake': (actor: Actor) => actor.rights.includes('workPlanner'),
  'field.use': (actor: Actor) => actor.rights.includes('fieldWorker'),
  'reports.read': (actor: Actor) => actor.rights.includes('workPlanner'),
  'reasonLists.manage': (actor: Actor) =>
    actor.rights.includes('workPlanner') || actor.rights.includes('userAdmin'),
  'helpdesk.manage': (actor: Actor) => actor.rights.includes('userAdmin'),
  'klicWarnings.configure': (actor: Actor) =>
    actor.rights.includes('workPlanner') || actor.rights.includes('userAdmin'),
} as const;

export type Ability = keyof typeof rules;

export function abilitiesOf(actor: Actor): Record<Ability, boolean> {
  return Object.fromEntries(Object.entries(rules).map(([ability, rule]) => [ability, rule(actor)])) as Record<
    Ability,
    boolean
  >;
}
