import { and, eq } from 'drizzle-orm';
import type { Executor } from '../../infra/db/database.ts';
import { klicDelivery, klicMelding } from '../../infra/db/schema/index.ts';
import { AppError } from '../../infra/errors/app-error.ts';
import type { DeliverySummary, Netbeheerder } from '../imkl/imkl-model.ts';

export type MeldingWithSummary = {
  melding: typeof klicMelding.$inferSelect;
  /** The current delivery (highest volgnummer); null while only the receipt is in. */
  deliveryId: string | null;
  summary: DeliverySummary | null;
};

/**
 * A melding of the organisation with the summary of its current delivery; NOT_FOUND for a melding of
 * another organisation. `lock` takes a row lock, so that two changes of one melding's EV do not interleave.
 */
export async function meldingWithSummary(
  tx: Executor,
  organisationId: string,
  meldingId: string,
  options: { lock?: boolean } = {},
): Promise<MeldingWithSummary> {
  const query = tx
    .select({ melding: klicMelding, deliveryId: klicDelivery.id, summary: klicDelivery.summary })
    .from(klicMelding)
    .leftJoin(klicDelivery, eq(klicDelivery.id, klicMelding.currentDeliveryId))
    .where(and(eq(klicMelding.id, meldingId), eq(klicMelding.organisationId, organisationId)));
  const [row] = options.lock ? await query.for('update', { of: klicMelding }) : await query;
  if (!row) throw new AppError('NOT_FOUND');
  return row;
}

/** The operators of the current delivery that demand an eisVoorzorgsmaatregel (EV). */
export function evOperatorsOf(summary: DeliverySummary | null): Netbeheerder[] {
  return (summary?.netbeheerders ?? []).filter((operator) => operator.eisVoorzorgsmaatregel);
}
