import type { Actor } from '../../accounts/actor.ts';
import { recordAudit } from '../../infra/audit/record-audit.ts';
import type { Database } from '../../infra/db/database.ts';
import type { EvHandlingStatus } from '../../infra/db/schema/index.ts';
import { AppError } from '../../infra/errors/app-error.ts';
import { evOperatorsOf, meldingWithSummary } from '../melding-info/current-summary.ts';
import { evHandlingRows, settledBy, upsertEvHandling } from './ev-handling-rows.ts';
import { evOperators } from './ev-operators.ts';
import './ev-messages.ts';

/**
 * "EV afgehandeld", "EV niet afgehandeld", "Geen belang": one status for every operator with an EV on the
 * KLIC. What was written per operator (instructions, contact, notes) stays.
 */
export async function setEvStatus(db: Database, actor: Actor, meldingId: string, status: EvHandlingStatus) {
  return db.transaction(async (tx) => {
    const current = await meldingWithSummary(tx, actor.organisationId, meldingId, { lock: true });
    const operators = evOperatorsOf(current.summary);
    if (operators.length === 0) throw new AppError('CONFLICT', { reason: 'klic.melding_without_ev' });
    const rows = await evHandlingRows(tx, actor.organisationId, meldingId);
    const now = new Date();
    const before: Record<string, string> = {};
    for (const { bronhoudercode } of operators) {
      const row = rows.get(bronhoudercode);
      before[bronhoudercode] = row?.status ?? 'open';
      await upsertEvHandling(tx, {
        organisationId: actor.organisationId,
        meldingId,
        bronhoudercode,
        status,
        ...settledBy(row, status, actor.userId, now),
        updatedAt: now,
      });
    }
    await recordAudit(tx, {
      organisationId: actor.organisationId,
      actor: { userId: actor.userId, name: actor.name },
      action: 'update',
      event: 'klic.ev_status_set',
      entity: { type: 'klic', id: meldingId, label: current.melding.meldnummer },
      before: { status: before },
      after: { status: Object.fromEntries(operators.map((each) => [each.bronhoudercode, status])) },
    });
    return evOperators(tx, current);
  });
}
