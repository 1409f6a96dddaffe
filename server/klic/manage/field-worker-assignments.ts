import { and, eq, inArray, sql } from 'drizzle-orm';
import type { Executor } from '../../infra/db/database.ts';
import { klicMelding, klicMeldingFieldWorker } from '../../infra/db/schema/index.ts';

/**
 * Gives a project's field workers its KLICs in the field app: every KLIC of the project (or only those
 * named) to every field worker of the project (or only those named). Assignments that exist stay as they
 * are, including a worker having removed the KLIC from their device. Returns how many were added.
 */
export async function assignProjectWorkers(
  tx: Executor,
  projectId: string,
  only: { meldingIds?: string[]; userIds?: string[] } = {},
): Promise<number> {
  if (only.meldingIds?.length === 0 || only.userIds?.length === 0) return 0;
  const meldingFilter = only.meldingIds
    ? sql`and m.id in (${sql.join(
        only.meldingIds.map((id) => sql`${id}`),
        sql`, `,
      )})`
    : sql``;
  const userFilter = only.userIds
    ? sql`and w.user_id in (${sql.join(
        only.userIds.map((id) => sql`${id}`),
        sql`, `,
      )})`
    : sql``;
  const inserted = await tx.execute(sql`
    insert into klic_melding_field_workers (organisation_id, melding_id, user_id)
    select m.organisation_id, m.id, w.user_id
    from klic_meldingen m
    join project_field_workers w on w.project_id = m.project_id and w.organisation_id = m.organisation_id
    where m.project_id = ${projectId} ${meldingFilter} ${userFilter}
    on conflict do nothing
    returning melding_id`);
  return rowCount(inserted);
}

/** Takes the project's KLICs away from field workers who are no longer on the project. */
export async function unassignProjectWorkers(
  tx: Executor,
  projectId: string,
  userIds: string[],
): Promise<number> {
  if (userIds.length === 0) return 0;
  const removed = await tx
    .delete(klicMeldingFieldWorker)
    .where(
      and(
        inArray(klicMeldingFieldWorker.userId, userIds),
        inArray(
          klicMeldingFieldWorker.meldingId,
          tx.select({ id: klicMelding.id }).from(klicMelding).where(eq(klicMelding.projectId, projectId)),
        ),
      ),
    )
    .returning({ meldingId: klicMeldingFieldWorker.meldingId });
  return removed.length;
}

/**
 * A KLIC that leaves a project (moved or unlinked) leaves the devices of that project's field workers, unless
 * they work on the project it goes to. Workers assigned to the KLIC on their own keep it.
 */
export async function releaseFromProjectWorkers(
  tx: Executor,
  meldingId: string,
  fromProjectId: string,
  toProjectId: string | null,
): Promise<void> {
  await tx.execute(sql`
    delete from klic_melding_field_workers
    where melding_id = ${meldingId}
      and user_id in (select user_id from project_field_workers where project_id = ${fromProjectId})
      and user_id not in (
        select user_id from project_field_workers where project_id = ${toProjectId ?? sql`null`}
      )`);
}

/** PGlite answers `{ rows }`, node-postgres a result with `rows` too; both list the returned rows. */
function rowCount(result: unknown): number {
  const rows = (result as { rows?: unknown[] }).rows;
  return Array.isArray(rows) ? rows.length : 0;
}
