import { asc, eq } from 'drizzle-orm';
import { recordAudit } from '../../infra/audit/record-audit.ts';
import type { Database } from '../../infra/db/database.ts';
import { team, teamMember, user } from '../../infra/db/schema/index.ts';
import { auditFields, lockRegion, type RegionChangedBy } from './region-change.ts';

/**
 * Removes a region of the actor's organisation together with its user assignments (the foreign key
 * cascades). The logbook keeps the name and the names of every user that was assigned.
 */
export async function removeRegion(db: Database, by: RegionChangedBy, regionId: string): Promise<void> {
  await db.transaction(async (tx) => {
    const region = await lockRegion(tx, by.actor.organisationId, regionId);
    const assigned = await tx
      .select({ name: user.name })
      .from(teamMember)
      .innerJoin(user, eq(user.id, teamMember.userId))
      .where(eq(teamMember.teamId, regionId))
      .orderBy(asc(user.name));
    await tx.delete(team).where(eq(team.id, regionId));
    await recordAudit(tx, {
      ...auditFields(by),
      action: 'delete',
      event: 'region.removed',
      entity: { type: 'region', id: regionId, label: region.name },
      before: { name: region.name, users: assigned.map((row) => row.name) },
    });
  });
}
