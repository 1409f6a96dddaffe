import { and, asc, count, eq, gte } from 'drizzle-orm';
import { z } from 'zod';
import type { Actor } from '../accounts/actor.ts';
import type { Executor } from '../infra/db/database.ts';
import {
  fieldRegistration,
  fieldRegistrationKinds,
  fieldRegistrationPhoto,
  klicMeldingFieldWorker,
} from '../infra/db/schema/index.ts';
import { onWorkersDevice } from './worker-klic.ts';

export const arrivedRegistrationSchema = z.object({
  id: z.string(),
  idempotencyKey: z.string(),
  kind: z.enum(fieldRegistrationKinds),
  meldingId: z.string(),
  recordedAt: z.string(),
  photoCount: z.number(),
});

/** What arrived of the worker's own registrations at the KLICs on their device, oldest first. */
export async function ownRegistrationsSince(tx: Executor, actor: Actor, since: Date) {
  const rows = await tx
    .select({
      id: fieldRegistration.id,
      idempotencyKey: fieldRegistration.idempotencyKey,
      kind: fieldRegistration.kind,
      meldingId: fieldRegistration.meldingId,
      recordedAt: fieldRegistration.recordedAt,
      photoCount: count(fieldRegistrationPhoto.id),
    })
    .from(fieldRegistration)
    .innerJoin(
      klicMeldingFieldWorker,
      and(eq(klicMeldingFieldWorker.meldingId, fieldRegistration.meldingId), onWorkersDevice(actor)),
    )
    .leftJoin(fieldRegistrationPhoto, eq(fieldRegistrationPhoto.registrationId, fieldRegistration.id))
    .where(
      and(
        eq(fieldRegistration.organisationId, actor.organisationId),
        eq(fieldRegistration.recordedBy, actor.userId),
        gte(fieldRegistration.recordedAt, since),
      ),
    )
    .groupBy(fieldRegistration.id)
    .orderBy(asc(fieldRegistration.recordedAt), asc(fieldRegistration.id))
    .limit(1000);
  return rows.map((row) => ({
    ...row,
    recordedAt: row.recordedAt.toISOString(),
    photoCount: Number(row.photoCount),
  }));
}
