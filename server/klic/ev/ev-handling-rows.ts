import { and, eq } from 'drizzle-orm';
import type { Executor } from '../../infra/db/database.ts';
import { type EvHandlingStatus, klicEvHandling } from '../../infra/db/schema/index.ts';

export type EvHandlingRow = typeof klicEvHandling.$inferSelect;

/** The handling rows of a melding by bronhoudercode. */
export async function evHandlingRows(tx: Executor, organisationId: string, meldingId: string) {
  const rows = await tx
    .select()
    .from(klicEvHandling)
    .where(and(eq(klicEvHandling.meldingId, meldingId), eq(klicEvHandling.organisationId, organisationId)));
  return new Map(rows.map((row) => [row.bronhoudercode, row]));
}

/**
 * Who settled the EV and when: kept while the status stays the same, set anew when it changes to
 * handled or "geen belang", cleared when it is open again.
 */
export function settledBy(
  before: EvHandlingRow | undefined,
  status: EvHandlingStatus,
  userId: string,
  now: Date,
): { handledAt: Date | null; handledBy: string | null } {
  if (status === 'open') return { handledAt: null, handledBy: null };
  if (before?.status === status && before.handledAt) {
    return { handledAt: before.handledAt, handledBy: before.handledBy };
  }
  return { handledAt: now, handledBy: userId };
}

/** Inserts or replaces the handling of one operator on a melding. */
export async function upsertEvHandling(
  tx: Executor,
  values: Omit<typeof klicEvHandling.$inferInsert, 'id'> & { updatedAt: Date },
): Promise<void> {
  const { organisationId: _organisation, meldingId: _melding, bronhoudercode: _code, ...changes } = values;
  await tx
    .insert(klicEvHandling)
    .values(values)
    .onConflictDoUpdate({ target: [klicEvHandling.meldingId, klicEvHandling.bronhoudercode], set: changes });
}
