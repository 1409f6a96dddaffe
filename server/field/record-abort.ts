import { and, eq } from 'drizzle-orm';
import { z } from 'zod';
import type { Actor } from '../accounts/actor.ts';
import { recordAudit } from '../infra/audit/record-audit.ts';
import type { Database, Executor } from '../infra/db/database.ts';
import { fieldAbort, fieldAbortKinds, reasonListItem } from '../infra/db/schema/index.ts';
import { AppError } from '../infra/errors/app-error.ts';
import { assertRecordedAt } from './registration-checks.ts';
import type { AbortInput } from './registration-input.ts';
import { storeOnce } from './store-once.ts';
import { workerKlic } from './worker-klic.ts';

export const fieldAbortSchema = z.object({
  id: z.string(),
  idempotencyKey: z.string(),
  meldingId: z.string(),
  kind: z.enum(fieldAbortKinds),
  reason: z.string(),
  note: z.string(),
  recordedAt: z.string(),
});

type Row = typeof fieldAbort.$inferSelect;

const reasonListOf = { execution: 'abortExecution', inspection: 'abortInspection' } as const;

const present = (row: Row) => ({
  id: row.id,
  idempotencyKey: row.idempotencyKey,
  meldingId: row.meldingId,
  kind: row.kind,
  reason: row.reason,
  note: row.note,
  recordedAt: row.recordedAt.toISOString(),
});

/** The text of a reason of the organisation's list for this kind of abort, or null. */
async function reasonText(tx: Executor, organisationId: string, input: AbortInput): Promise<string | null> {
  const [reason] = await tx
    .select({ text: reasonListItem.text })
    .from(reasonListItem)
    .where(
      and(
        eq(reasonListItem.id, input.reasonId),
        eq(reasonListItem.organisationId, organisationId),
        eq(reasonListItem.list, reasonListOf[input.kind]),
      ),
    );
  return reason?.text ?? null;
}

/**
 * "Uitvoering / schouw afbreken" at a KLIC of the worker, with a reason from the organisation's list,
 * stored once per idempotency key. The reason's text is copied (the list may change later); a retry
 * whose reason has left the list, or whose KLIC has left the worker's device since, still matches the
 * stored one.
 */
export async function recordAbort(
  db: Database,
  actor: Actor,
  meldingId: string,
  input: AbortInput,
  now = new Date(),
) {
  const recordedAt = new Date(input.recordedAt);
  return db.transaction(async (tx) => {
    const reason = await reasonText(tx, actor.organisationId, input);
    const result = await storeOnce({
      find: () =>
        tx
          .select()
          .from(fieldAbort)
          .where(
            and(
              eq(fieldAbort.organisationId, actor.organisationId),
              eq(fieldAbort.idempotencyKey, input.idempotencyKey),
            ),
          )
          .then((rows) => rows[0]),
      isOwn: (stored) => stored.recordedBy === actor.userId,
      admit: () => workerKlic(tx, actor, meldingId),
      check: async () => {
        assertRecordedAt(recordedAt, now);
        if (reason === null) {
          throw new AppError('VALIDATION_FAILED', {
            reason: 'field.abort_reason_unknown',
            fields: { reasonId: 'unknown_reason' },
          });
        }
      },
      insert: () =>
        tx
          .insert(fieldAbort)
          .values({
            organisationId: actor.organisationId,
            meldingId,
            kind: input.kind,
            reason: reason ?? '',
            note: input.note,
            recordedAt,
            recordedBy: actor.userId,
            idempotencyKey: input.idempotencyKey,
          })
          .onConflictDoNothing()
          .returning()
          .then((rows) => rows[0]),
      same: (stored) =>
        stored.meldingId === meldingId &&
        stored.kind === input.kind &&
        (reason === null || stored.reason === reason) &&
        stored.recordedBy === actor.userId &&
        stored.note === input.note &&
        stored.recordedAt.getTime() === recordedAt.getTime(),
      conflictReason: 'field.idempotency_conflict',
    });
    if (result.created) {
      await recordAudit(tx, {
        organisationId: actor.organisationId,
        actor: { userId: actor.userId, name: actor.name },
        action: 'create',
        event: 'field.aborted',
        entity: { type: 'klic', id: meldingId, label: result.admitted.melding.meldnummer },
        after: { kind: input.kind, reason: result.row.reason, note: input.note },
      });
    }
    return { created: result.created, abort: present(result.row) };
  });
}
