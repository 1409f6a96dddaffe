import { asc, eq, inArray, sql } from 'drizzle-orm';
import { z } from 'zod';
import type { Executor } from '../../infra/db/database.ts';
import { klicDelivery, klicMelding, klicMeldingFieldWorker, user } from '../../infra/db/schema/index.ts';

export const projectKlicRow = z.object({
  id: z.string(),
  meldnummer: z.string(),
  subProject: z.string().nullable(),
  toelichting: z.string(),
  extraField: z.string(),
  fieldWorkers: z.array(z.object({ userId: z.string(), name: z.string(), removedFromDevice: z.boolean() })),
  /** The KLIC has operators demanding an EV (eis voorzorgsmaatregel). */
  ev: z.boolean(),
  /** It has EVs and none of them is still open. */
  evHandled: z.boolean(),
  expiresOn: z.string().nullable(),
  /** When the current delivery came in, else when the KLIC was requested. */
  receivedAt: z.iso.datetime().nullable(),
  state: z.enum(['requested', 'partial', 'complete']),
  volgnummer: z.number().nullable(),
  hasReceipt: z.boolean(),
  currentDeliveryId: z.string().nullable(),
});
export type ProjectKlicRow = z.infer<typeof projectKlicRow>;

/** "Klics beheren": the KLICs of a project (at most 1,000) by meldnummer, with their field workers. */
export async function projectKlics(tx: Executor, projectId: string): Promise<ProjectKlicRow[]> {
  const rows = await tx
    .select({
      melding: klicMelding,
      volgnummer: klicDelivery.volgnummer,
      deliveredAt: klicDelivery.createdAt,
      evCount: sql<number>`(select count(*)::int from klic_ev_handlings e where e.melding_id = ${klicMelding.id})`,
      evOpen: sql<number>`(select count(*)::int from klic_ev_handlings e
        where e.melding_id = ${klicMelding.id} and e.status = 'open')`,
    })
    .from(klicMelding)
    .leftJoin(klicDelivery, eq(klicDelivery.id, klicMelding.currentDeliveryId))
    .where(eq(klicMelding.projectId, projectId))
    .orderBy(asc(klicMelding.meldnummer))
    .limit(1000);
  const workers = await workersOf(
    tx,
    rows.map((row) => row.melding.id),
  );
  return rows.map(({ melding, volgnummer, deliveredAt, evCount, evOpen }) => {
    const received = deliveredAt ?? melding.requestedAt;
    return {
      id: melding.id,
      meldnummer: melding.meldnummer,
      subProject: melding.subProject,
      toelichting: melding.toelichting,
      extraField: melding.extraField,
      fieldWorkers: workers.get(melding.id) ?? [],
      ev: Number(evCount) > 0,
      evHandled: Number(evCount) > 0 && Number(evOpen) === 0,
      expiresOn: melding.expiresOn,
      receivedAt: received ? received.toISOString() : null,
      state: melding.state,
      volgnummer,
      hasReceipt: melding.receiptBlobKey !== null,
      currentDeliveryId: melding.currentDeliveryId,
    };
  });
}

async function workersOf(tx: Executor, meldingIds: string[]) {
  const byMelding = new Map<string, ProjectKlicRow['fieldWorkers']>();
  if (meldingIds.length === 0) return byMelding;
  const rows = await tx
    .select({
      meldingId: klicMeldingFieldWorker.meldingId,
      userId: klicMeldingFieldWorker.userId,
      name: user.name,
      removedAt: klicMeldingFieldWorker.removedFromDeviceAt,
    })
    .from(klicMeldingFieldWorker)
    .innerJoin(user, eq(user.id, klicMeldingFieldWorker.userId))
    .where(inArray(klicMeldingFieldWorker.meldingId, meldingIds))
    .orderBy(asc(user.name));
  for (const row of rows) {
    const list = byMelding.get(row.meldingId) ?? [];
    list.push({ userId: row.userId, name: row.name, removedFromDevice: row.removedAt !== null });
    byMelding.set(row.meldingId, list);
  }
  return byMelding;
}
