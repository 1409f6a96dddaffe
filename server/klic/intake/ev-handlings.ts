import type { Executor } from '../../infra/db/database.ts';
import { klicEvHandling } from '../../infra/db/schema/index.ts';
import type { DeliverySummary } from '../imkl/imkl-model.ts';

/**
 * Every operator that demands an eisVoorzorgsmaatregel gets an open EV handling on the melding, so that
 * "EV afhandelen", the warnings and the reports all read one table. Handlings already there (from an
 * earlier volgnummer) keep what the planner wrote.
 */
export async function openEvHandlings(
  tx: Executor,
  organisationId: string,
  meldingId: string,
  summary: DeliverySummary,
): Promise<void> {
  const operators = summary.netbeheerders.filter((each) => each.eisVoorzorgsmaatregel);
  if (operators.length === 0) return;
  await tx
    .insert(klicEvHandling)
    .values(operators.map((each) => ({ organisationId, meldingId, bronhoudercode: each.bronhoudercode })))
    .onConflictDoNothing({ target: [klicEvHandling.meldingId, klicEvHandling.bronhoudercode] });
}
