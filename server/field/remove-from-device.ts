import { and, eq } from 'drizzle-orm';
import type { Actor } from '../accounts/actor.ts';
import { recordAudit } from '../infra/audit/record-audit.ts';
import type { Database } from '../infra/db/database.ts';
import { klicMeldingFieldWorker } from '../infra/db/schema/index.ts';
import { AppError } from '../infra/errors/app-error.ts';
import { onWorkersDevice, workerKlic } from './worker-klic.ts';

/** The worker takes a KLIC off their device; the planner's "Klics vrijgeven" puts it back. */
export async function removeFromDevice(db: Database, actor: Actor, meldingId: string): Promise<void> {
  await db.transaction(async (tx) => {
    const klic = await workerKlic(tx, actor, meldingId);
    // Only the first of two removals at once changes the row; the other finds the KLIC gone.
    const removed = await tx
      .update(klicMeldingFieldWorker)
      .set({ removedFromDeviceAt: new Date() })
      .where(and(eq(klicMeldingFieldWorker.meldingId, meldingId), onWorkersDevice(actor)))
      .returning({ meldingId: klicMeldingFieldWorker.meldingId });
    if (removed.length === 0) throw new AppError('NOT_FOUND');
    await recordAudit(tx, {
      organisationId: actor.organisationId,
      actor: { userId: actor.userId, name: actor.name },
      action: 'update',
      event: 'klic.removed_from_device',
      entity: { type: 'klic', id: meldingId, label: klic.melding.meldnummer },
      after: { removedFromDevice: true },
    });
  });
}
