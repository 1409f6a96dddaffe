import type { Actor } from '../../accounts/actor.ts';
import { changedFields, recordAudit } from '../../infra/audit/record-audit.ts';
import type { Database } from '../../infra/db/database.ts';
import type { EvHandlingStatus, evContactMethods } from '../../infra/db/schema/index.ts';
import { AppError } from '../../infra/errors/app-error.ts';
import { toAmsterdamDate } from '../../infra/workdays/iso-date.ts';
import { evOperatorsOf, meldingWithSummary } from '../melding-info/current-summary.ts';
import { evHandlingRows, settledBy, upsertEvHandling } from './ev-handling-rows.ts';
import { evOperators } from './ev-operators.ts';
import './ev-messages.ts';

export type EvHandlingInput = {
  status: EvHandlingStatus;
  instructions: string;
  contactName: string;
  contactedOn: string | null;
  contactMethod: (typeof evContactMethods)[number] | null;
  notes: string;
};

/** "EV afhandelen" for one operator: what the field worker must do, the contact, the notes and the status. */
export async function saveEvHandling(
  db: Database,
  actor: Actor,
  meldingId: string,
  bronhoudercode: string,
  input: EvHandlingInput,
) {
  if (input.contactedOn && input.contactedOn > toAmsterdamDate(new Date())) {
    throw new AppError('VALIDATION_FAILED', {
      reason: 'klic.ev_contacted_in_future',
      fields: { contactedOn: 'in_future' },
    });
  }
  return db.transaction(async (tx) => {
    const current = await meldingWithSummary(tx, actor.organisationId, meldingId, { lock: true });
    const operator = evOperatorsOf(current.summary).find((each) => each.bronhoudercode === bronhoudercode);
    if (!operator) {
      throw new AppError('NOT_FOUND', {
        reason: 'klic.ev_operator_unknown',
        params: { bronhoudercode: bronhoudercode.slice(0, 100) },
      });
    }
    const before = (await evHandlingRows(tx, actor.organisationId, meldingId)).get(bronhoudercode);
    const now = new Date();
    await upsertEvHandling(tx, {
      organisationId: actor.organisationId,
      meldingId,
      bronhoudercode,
      ...input,
      ...settledBy(before, input.status, actor.userId, now),
      updatedAt: now,
    });
    const previous = {
      status: before?.status ?? 'open',
      instructions: before?.instructions ?? '',
      contactName: before?.contactName ?? '',
      contactedOn: before?.contactedOn ?? null,
      contactMethod: before?.contactMethod ?? null,
      notes: before?.notes ?? '',
    };
    await recordAudit(tx, {
      organisationId: actor.organisationId,
      actor: { userId: actor.userId, name: actor.name },
      action: 'update',
      event: 'klic.ev_handling_saved',
      entity: { type: 'klic', id: meldingId, label: current.melding.meldnummer },
      ...withOperator(bronhoudercode, changedFields(previous, { ...input })),
    });
    return evOperators(tx, current);
  });
}

function withOperator(
  bronhoudercode: string,
  change: { before: Record<string, unknown>; after: Record<string, unknown> },
) {
  return { before: { bronhoudercode, ...change.before }, after: { bronhoudercode, ...change.after } };
}
