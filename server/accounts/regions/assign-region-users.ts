import { randomUUID } from 'node:crypto';
import { and, eq, inArray, isNull } from 'drizzle-orm';
import { recordAudit } from '../../infra/audit/record-audit.ts';
import type { Database, Executor } from '../../infra/db/database.ts';
import { teamMember, userProfile } from '../../infra/db/schema/index.ts';
import { AppError } from '../../infra/errors/app-error.ts';
import { type RegionUser, regionUsers } from './list-region-users.ts';
import { auditFields, lockRegion, type RegionChangedBy } from './region-change.ts';

/**
 * Replaces who works in a region with exactly `userIds`: users of the same organisation that are not
 * removed. Assignments of removed users are left alone (they return when the user is restored). An
 * unknown, foreign or removed user refuses the whole change (422 fields.userIds='unknown_user').
 */
export async function assignRegionUsers(
  db: Database,
  by: RegionChangedBy,
  regionId: string,
  userIds: string[],
): Promise<RegionUser[]> {
  const organisationId = by.actor.organisationId;
  const wanted = [...new Set(userIds)];
  return db.transaction(async (tx) => {
    const region = await lockRegion(tx, organisationId, regionId);
    await assertAssignableUsers(tx, organisationId, wanted);
    const before = await regionUsers(tx, organisationId, regionId);
    const beforeIds = new Set(before.map((u) => u.id));
    const wantedIds = new Set(wanted);
    const leaving = before.filter((u) => !wantedIds.has(u.id)).map((u) => u.id);
    const joining = wanted.filter((id) => !beforeIds.has(id));
    if (leaving.length === 0 && joining.length === 0) return before;

    if (leaving.length > 0) {
      await tx
        .delete(teamMember)
        .where(and(eq(teamMember.teamId, regionId), inArray(teamMember.userId, leaving)));
    }
    if (joining.length > 0) {
      await tx
        .insert(teamMember)
        .values(joining.map((userId) => ({ id: randomUUID(), teamId: regionId, userId })));
    }
    const after = await regionUsers(tx, organisationId, regionId);
    await recordAudit(tx, {
      ...auditFields(by),
      action: 'update',
      event: 'region.users_changed',
      entity: { type: 'region', id: regionId, label: region.name },
      before: { users: namesOf(before) },
      after: { users: namesOf(after) },
    });
    return after;
  });
}

async function assertAssignableUsers(tx: Executor, organisationId: string, ids: string[]): Promise<void> {
  if (ids.length === 0) return;
  const found = await tx
    .select({ id: userProfile.userId })
    .from(userProfile)
    .where(
      and(
        eq(userProfile.organisationId, organisationId),
        isNull(userProfile.removedAt),
        inArray(userProfile.userId, ids),
      ),
    );
  if (found.length !== ids.length)
    throw new AppError('VALIDATION_FAILED', { fields: { userIds: 'unknown_user' } });
}

function namesOf(users: RegionUser[]): string[] {
  return users.map((u) => u.name).sort((a, b) => a.localeCompare(b, 'nl'));
}
