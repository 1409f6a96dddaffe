import { isDeepStrictEqual } from 'node:util';
import { and, eq } from 'drizzle-orm';
import { z } from 'zod';
import type { Actor } from '../accounts/actor.ts';
import { recordAudit } from '../infra/audit/record-audit.ts';
import type { Database, Executor } from '../infra/db/database.ts';
import { fieldRegistration, fieldRegistrationKinds } from '../infra/db/schema/index.ts';
import { AppError } from '../infra/errors/app-error.ts';
import type { DeliverySummary } from '../klic/imkl/imkl-model.ts';
import { assertInNetherlands, assertRecordedAt } from './registration-checks.ts';
import type { RegistrationInput } from './registration-input.ts';
import { storeOnce } from './store-once.ts';
import { workerKlic } from './worker-klic.ts';

export const fieldRegistrationSchema = z.object({
  id: z.string(),
  idempotencyKey: z.string(),
  meldingId: z.string(),
  kind: z.enum(fieldRegistrationKinds),
  position: z.tuple([z.number(), z.number()]).nullable(),
  details: z.record(z.string(), z.unknown()),
  note: z.string(),
  recordedAt: z.string(),
});

type Row = typeof fieldRegistration.$inferSelect;

export function presentRegistration(row: Row) {
  const { note, ...details } = row.details;
  return {
    id: row.id,
    idempotencyKey: row.idempotencyKey,
    meldingId: row.meldingId,
    kind: row.kind,
    position: row.position,
    details,
    note: typeof note === 'string' ? note : '',
    recordedAt: row.recordedAt.toISOString(),
  };
}

/** An operator named in the details must be one of the KLIC's; a reported damage needs its time. */
function assertDetailsFit(input: RegistrationInput, summary: DeliverySummary | null): void {
  const details = input.details;
  if ('bronhoudercode' in details && details.bronhoudercode !== null) {
    const code = details.bronhoudercode;
    if (!summary?.netbeheerders.some((operator) => operator.bronhoudercode === code)) {
      throw new AppError('VALIDATION_FAILED', {
        reason: 'field.operator_unknown',
        params: { bronhoudercode: code.slice(0, 100) },
        fields: { 'details.bronhoudercode': 'unknown_operator' },
      });
    }
  }
  if (input.kind === 'graafschade' && input.details.reportedToOperator && !input.details.reportedAt) {
    throw new AppError('VALIDATION_FAILED', {
      reason: 'field.reported_at_required',
      fields: { 'details.reportedAt': 'required' },
    });
  }
}

const byKey = (tx: Executor, organisationId: string, key: string) =>
  tx
    .select()
    .from(fieldRegistration)
    .where(
      and(eq(fieldRegistration.organisationId, organisationId), eq(fieldRegistration.idempotencyKey, key)),
    )
    .then((rows) => rows[0]);

/**
 * Stores a registration of the worker at one of their KLICs, once per idempotency key: a retry of the
 * outbox gets the stored one back, also when the KLIC has left the worker's device since.
 */
export async function recordRegistration(
  db: Database,
  actor: Actor,
  meldingId: string,
  input: RegistrationInput,
  now = new Date(),
) {
  const recordedAt = new Date(input.recordedAt);
  const details = { ...input.details, note: input.note };
  const values = {
    organisationId: actor.organisationId,
    meldingId,
    kind: input.kind,
    position: input.position,
    details,
    recordedAt,
    recordedBy: actor.userId,
    idempotencyKey: input.idempotencyKey,
  };
  return db.transaction(async (tx) => {
    const result = await storeOnce({
      find: () => byKey(tx, actor.organisationId, input.idempotencyKey),
      isOwn: (stored) => stored.recordedBy === actor.userId,
      admit: () => workerKlic(tx, actor, meldingId),
      check: async (klic) => {
        assertRecordedAt(recordedAt, now);
        assertInNetherlands(input.position);
        assertDetailsFit(input, klic.summary);
      },
      insert: () =>
        tx
          .insert(fieldRegistration)
          .values(values)
          .onConflictDoNothing()
          .returning()
          .then((rows) => rows[0]),
      same: (stored) =>
        stored.meldingId === meldingId &&
        stored.kind === input.kind &&
        stored.recordedBy === actor.userId &&
        stored.recordedAt.getTime() === recordedAt.getTime() &&
        isDeepStrictEqual(stored.position, input.position) &&
        isDeepStrictEqual(stored.details, details),
      conflictReason: 'field.idempotency_conflict',
    });
    if (result.created) {
      await recordAudit(tx, {
        organisationId: actor.organisationId,
        actor: { userId: actor.userId, name: actor.name },
        action: 'create',
        event: 'field.registration_recorded',
        entity: { type: 'klic', id: meldingId, label: result.admitted.melding.meldnummer },
        after: { registration: result.row.id, kind: input.kind, recordedAt: input.recordedAt },
      });
    }
    return { created: result.created, registration: presentRegistration(result.row) };
  });
}
