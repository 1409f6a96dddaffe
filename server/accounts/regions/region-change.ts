import { and, eq } from 'drizzle-orm';
import type { Executor } from '../../infra/db/database.ts';
import { organization, team } from '../../infra/db/schema/index.ts';
import { AppError } from '../../infra/errors/app-error.ts';
import type { Actor } from '../actor.ts';

/** Who makes a change to a region, and from where: what the logbook records. */
export type RegionChangedBy = { actor: Actor; ipAddress: string };

export function auditFields(by: RegionChangedBy) {
  return {
    organisationId: by.actor.organisationId,
    actor: { userId: by.actor.userId, name: by.actor.name },
    ipAddress: by.ipAddress,
  };
}

/**
 * Serialises the changes to one organisation's regions: names must be unique case-insensitively, which
 * the database index (exact names only) cannot enforce. NO KEY UPDATE does not block inserts elsewhere
 * that merely reference the organisation.
 */
export async function lockOrganisationRegions(tx: Executor, organisationId: string): Promise<void> {
  await tx
    .select({ id: organization.id })
    .from(organization)
    .where(eq(organization.id, organisationId))
    .for('no key update');
}

/** The region of the organisation, locked until the transaction ends; 404 for an unknown or foreign id. */
export async function lockRegion(
  tx: Executor,
  organisationId: string,
  regionId: string,
): Promise<{ id: string; name: string }> {
  const [region] = await tx
    .select({ id: team.id, name: team.name })
    .from(team)
    .where(and(eq(team.id, regionId), eq(team.organizationId, organisationId)))
    .for('update');
  if (!region) throw new AppError('NOT_FOUND');
  return region;
}
