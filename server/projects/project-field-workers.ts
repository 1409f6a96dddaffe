import { and, asc, eq, inArray, isNull, sql } from 'drizzle-orm';
import type { Executor } from '../infra/db/database.ts';
import { member, projectFieldWorker, user, userProfile } from '../infra/db/schema/index.ts';
import { assignProjectWorkers, unassignProjectWorkers } from '../klic/manage/field-worker-assignments.ts';
import { holdsFieldWorkerRight, requireUsers, type UserRef } from '../klic/manage/organisation-users.ts';

/** The organisation's active users with the right 'fieldWorker', by name, with their regions. */
export async function fieldWorkerOptions(tx: Executor, organisationId: string) {
  return tx
    .select({
      userId: user.id,
      name: user.name,
      regions: sql<Array<{ id: string; name: string }>>`coalesce((
        select json_agg(json_build_object('id', r.id, 'name', r.name) order by r.name)
        from region_members rm join regions r on r.id = rm.region_id
        where rm.user_id = ${user.id} and r.organisation_id = ${organisationId}), '[]'::json)`,
    })
    .from(member)
    .innerJoin(user, eq(user.id, member.userId))
    .innerJoin(userProfile, eq(userProfile.userId, member.userId))
    .where(
      and(eq(member.organizationId, organisationId), holdsFieldWorkerRight, isNull(userProfile.removedAt)),
    )
    .orderBy(asc(user.name))
    .limit(2000);
}

/** The field workers of a project, by name. */
export async function projectFieldWorkers(tx: Executor, projectId: string): Promise<UserRef[]> {
  return tx
    .select({ userId: user.id, name: user.name })
    .from(projectFieldWorker)
    .innerJoin(user, eq(user.id, projectFieldWorker.userId))
    .where(eq(projectFieldWorker.projectId, projectId))
    .orderBy(asc(user.name));
}

/**
 * Makes these the project's field workers: new ones get all of the project's KLICs, those taken off the
 * project lose them. Answers the names before and after, for the logbook.
 */
export async function setProjectFieldWorkers(
  tx: Executor,
  project: { id: string; organisationId: string },
  userIds: string[],
): Promise<{ before: string[]; after: string[] }> {
  const wanted = await requireUsers(tx, project.organisationId, userIds, {
    field: 'fieldWorkerIds',
    fieldWorkers: true,
  });
  const current = await projectFieldWorkers(tx, project.id);
  const wantedIds = new Set(wanted.map((worker) => worker.userId));
  const currentIds = new Set(current.map((worker) => worker.userId));
  const added = [...wantedIds].filter((id) => !currentIds.has(id));
  const removed = [...currentIds].filter((id) => !wantedIds.has(id));
  if (removed.length > 0) {
    await tx
      .delete(projectFieldWorker)
      .where(and(eq(projectFieldWorker.projectId, project.id), inArray(projectFieldWorker.userId, removed)));
    await unassignProjectWorkers(tx, project.id, removed);
  }
  if (added.length > 0) {
    await tx
      .insert(projectFieldWorker)
      .values(
        added.map((userId) => ({ organisationId: project.organisationId, projectId: project.id, userId })),
      );
    await assignProjectWorkers(tx, project.id, { userIds: added });
  }
  return { before: current.map((worker) => worker.name), after: wanted.map((worker) => worker.name) };
}
