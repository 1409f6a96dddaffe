import { and, inArray, isNotNull, sql } from 'drizzle-orm';
import type { Actor } from '../../accounts/actor.ts';
import { recordAudit } from '../../infra/audit/record-audit.ts';
import type { Database, Executor } from '../../infra/db/database.ts';
import { klicMeldingFieldWorker } from '../../infra/db/schema/index.ts';
import type { FieldWorkersChange, ReleaseInput } from './manage-schemas.ts';
import { type MeldingForChange, meldingenForChange } from './meldingen-for-change.ts';
import { requireUsers, type UserRef } from './organisation-users.ts';

/**
 * "Veldmedewerker(s) toewijzen / loskoppelen": gives the selected KLICs to field workers of the organisation,
 * or takes them away (from anyone of the organisation). Answers how many assignments changed.
 */
export async function changeFieldWorkers(db: Database, actor: Actor, input: FieldWorkersChange) {
  const assign = input.action === 'assign';
  return db.transaction(async (tx) => {
    const meldingen = await meldingenForChange(tx, actor.organisationId, input.meldingIds);
    const workers = await requireUsers(tx, actor.organisationId, input.userIds, {
      field: 'userIds',
      fieldWorkers: assign,
    });
    const userIds = workers.map((worker) => worker.userId);
    const meldingIds = meldingen.map((melding) => melding.id);
    const changed = assign
      ? await insertAssignments(tx, actor.organisationId, meldingIds, userIds)
      : await tx
          .delete(klicMeldingFieldWorker)
          .where(
            and(
              inArray(klicMeldingFieldWorker.meldingId, meldingIds),
              inArray(klicMeldingFieldWorker.userId, userIds),
            ),
          )
          .returning({ meldingId: klicMeldingFieldWorker.meldingId, userId: klicMeldingFieldWorker.userId });
    await auditPerMelding(tx, actor, meldingen, workers, changed, {
      event: assign ? 'klic.fieldWorkers.assigned' : 'klic.fieldWorkers.unassigned',
      key: assign ? 'assigned' : 'unassigned',
    });
    return { changed: changed.length };
  });
}

/** "Klics vrijgeven": the selected KLICs return to the devices of workers who had removed them. */
export async function releaseMeldingen(db: Database, actor: Actor, input: ReleaseInput) {
  return db.transaction(async (tx) => {
    const meldingen = await meldingenForChange(tx, actor.organisationId, input.meldingIds);
    const workers = await requireUsers(tx, actor.organisationId, input.userIds, {
      field: 'userIds',
      fieldWorkers: false,
    });
    const released = await tx
      .update(klicMeldingFieldWorker)
      .set({ removedFromDeviceAt: null })
      .where(
        and(
          inArray(
            klicMeldingFieldWorker.meldingId,
            meldingen.map((melding) => melding.id),
          ),
          inArray(
            klicMeldingFieldWorker.userId,
            workers.map((worker) => worker.userId),
          ),
          isNotNull(klicMeldingFieldWorker.removedFromDeviceAt),
        ),
      )
      .returning({ meldingId: klicMeldingFieldWorker.meldingId, userId: klicMeldingFieldWorker.userId });
    await auditPerMelding(tx, actor, meldingen, workers, released, {
      event: 'klic.released',
      key: 'releasedTo',
    });
    return { released: released.length };
  });
}

/** Every KLIC to every worker, in one statement (500 × 200 rows would exceed the parameter limit as values). */
async function insertAssignments(
  tx: Executor,
  organisationId: string,
  meldingIds: string[],
  userIds: string[],
): Promise<Array<{ meldingId: string; userId: string }>> {
  const list = (ids: string[]) =>
    sql.join(
      ids.map((id) => sql`${id}`),
      sql`, `,
    );
  const result = await tx.execute(sql`
    insert into klic_melding_field_workers (organisation_id, melding_id, user_id)
    select ${organisationId}, m.id, u.id
    from unnest(array[${list(meldingIds)}]::uuid[]) as m(id)
    cross join unnest(array[${list(userIds)}]::text[]) as u(id)
    on conflict do nothing
    returning melding_id as "meldingId", user_id as "userId"`);
  return (result as unknown as { rows: Array<{ meldingId: string; userId: string }> }).rows;
}

/** One logbook row per KLIC that changed, naming the workers it changed for. */
async function auditPerMelding(
  tx: Executor,
  actor: Actor,
  meldingen: MeldingForChange[],
  workers: UserRef[],
  changed: Array<{ meldingId: string; userId: string }>,
  what: { event: string; key: string },
) {
  const names = new Map(workers.map((worker) => [worker.userId, worker.name]));
  for (const melding of meldingen) {
    const affected = changed.filter((row) => row.meldingId === melding.id);
    if (affected.length === 0) continue;
    await recordAudit(tx, {
      organisationId: actor.organisationId,
      actor: { userId: actor.userId, name: actor.name },
      action: 'update',
      event: what.event,
      entity: { type: 'klic', id: melding.id, label: melding.meldnummer },
      after: { [what.key]: affected.map((row) => names.get(row.userId) ?? row.userId).sort() },
    });
  }
}
