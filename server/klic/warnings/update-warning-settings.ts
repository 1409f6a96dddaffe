import type { Actor } from '../../accounts/actor.ts';
import { changedFields, recordAudit } from '../../infra/audit/record-audit.ts';
import type { Database } from '../../infra/db/database.ts';
import { AppError } from '../../infra/errors/app-error.ts';
import {
  getWarningSettings,
  recipientCandidates,
  saveWarningSettings,
  type WarningSettings,
} from './warning-settings-repository.ts';

/**
 * "Waarschuwingen instellen": N and the recipients, who must be users of the organisation with the right
 * workPlanner or userAdmin (anyone else, or another organisation's user, is refused as unknown).
 */
export async function updateWarningSettings(
  db: Database,
  actor: Actor,
  input: WarningSettings,
): Promise<WarningSettings> {
  const recipientUserIds = [...new Set(input.recipientUserIds)].sort();
  return db.transaction(async (tx) => {
    const allowed = new Set((await recipientCandidates(tx, actor.organisationId)).map((c) => c.id));
    if (recipientUserIds.some((id) => !allowed.has(id))) {
      throw new AppError('VALIDATION_FAILED', {
        fields: { recipientUserIds: 'unknown_user' },
        detail: 'a recipient is not a planner or user admin of the organisation',
      });
    }
    const before = await getWarningSettings(tx, actor.organisationId);
    const after = { expiringWithinWorkdays: input.expiringWithinWorkdays, recipientUserIds };
    await saveWarningSettings(tx, actor.organisationId, after);
    const changes = changedFields(before, after);
    if (Object.keys(changes.after).length > 0) {
      await recordAudit(tx, {
        organisationId: actor.organisationId,
        actor,
        action: 'update',
        event: 'klicWarningSettings.updated',
        entity: { type: 'klicWarningSettings', id: actor.organisationId, label: 'Waarschuwingen instellen' },
        ...changes,
      });
    }
    return after;
  });
}
