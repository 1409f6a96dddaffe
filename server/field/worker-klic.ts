import { and, eq, isNull } from 'drizzle-orm';
import type { Actor } from '../accounts/actor.ts';
import type { Executor } from '../infra/db/database.ts';
import { klicDelivery, klicMelding, klicMeldingFieldWorker, project } from '../infra/db/schema/index.ts';
import { AppError } from '../infra/errors/app-error.ts';

/** A KLIC on the worker's device: assigned to them, in their organisation, not removed from the device. */
export function onWorkersDevice(actor: Pick<Actor, 'userId' | 'organisationId'>) {
  return and(
    eq(klicMeldingFieldWorker.userId, actor.userId),
    eq(klicMeldingFieldWorker.organisationId, actor.organisationId),
    isNull(klicMeldingFieldWorker.removedFromDeviceAt),
  );
}

/** The worker's KLICs with their project and current delivery (one of them when `meldingId` is given). */
export function workerKlicRows(tx: Executor, actor: Actor, meldingId?: string) {
  return tx
    .select({
      melding: klicMelding,
      projectNumber: project.number,
      projectStartDate: project.startDate,
      volgnummer: klicDelivery.volgnummer,
      summary: klicDelivery.summary,
    })
    .from(klicMeldingFieldWorker)
    .innerJoin(
      klicMelding,
      and(
        eq(klicMelding.id, klicMeldingFieldWorker.meldingId),
        eq(klicMelding.organisationId, actor.organisationId),
      ),
    )
    .leftJoin(project, eq(project.id, klicMelding.projectId))
    .leftJoin(klicDelivery, eq(klicDelivery.id, klicMelding.currentDeliveryId))
    .where(and(onWorkersDevice(actor), meldingId ? eq(klicMelding.id, meldingId) : undefined))
    .orderBy(klicMelding.meldnummer)
    .limit(500);
}

export type WorkerKlicRow = Awaited<ReturnType<typeof workerKlicRows>>[number];

/** One KLIC on the worker's device; NOT_FOUND for any other (another worker's, removed, another organisation's). */
export async function workerKlic(tx: Executor, actor: Actor, meldingId: string): Promise<WorkerKlicRow> {
  const [row] = await workerKlicRows(tx, actor, meldingId);
  if (!row) throw new AppError('NOT_FOUND');
  return row;
}
