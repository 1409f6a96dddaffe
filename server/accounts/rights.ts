/**
 * The rights a user can hold within an organisation (seed 001): additive check-boxes, stored as the
 * comma-separated role of the user's organisation membership.
 */
export const rights = ['userAdmin', 'workPlanner', 'fieldWorker'] as const;

export type Right = (typeof rights)[number];

export function parseRights(role: string | null | undefined): Right[] {
  if (!role) return [];
  const held = new Set(role.split(',').map((part) => part.trim()));
  return rights.filter((right) => held.has(right));
}

export function formatRights(held: readonly Right[]): string {
  return rights.filter((right) => held.includes(right)).join(',');
}
