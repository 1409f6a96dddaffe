import type { Executor } from '../db/database.ts';
import { auditLog } from '../db/schema/index.ts';

export type AuditActor = { userId: string; name: string };

export type AuditEntry = {
  organisationId: string | null;
  /** Null for events without a logged-in user (e.g. a failed login). */
  actor: AuditActor | null;
  action: 'create' | 'update' | 'delete' | 'security';
  /** A stable name: `user.created`, `user.removed`, `login.failed`, `password.changed`, … */
  event: string;
  entity: { type: string; id?: string; label?: string };
  before?: Record<string, unknown>;
  after?: Record<string, unknown>;
  ipAddress?: string;
};

/**
 * Writes one logbook row. Call it in the same transaction as the change it describes, so that a change
 * and its log entry are stored together or not at all. Never pass secrets (passwords, tokens).
 */
export async function recordAudit(tx: Executor, entry: AuditEntry): Promise<void> {
  await tx.insert(auditLog).values({
    organisationId: entry.organisationId,
    actorUserId: entry.actor?.userId ?? null,
    actorName: entry.actor?.name ?? null,
    action: entry.action,
    event: entry.event,
    entityType: entry.entity.type,
    entityId: entry.entity.id ?? null,
    entityLabel: entry.entity.label ?? null,
    before: entry.before ?? null,
    after: entry.after ?? null,
    ipAddress: entry.ipAddress ?? null,
  });
}

/** Only the fields that differ, as the before and after of an update. */
export function changedFields(
  before: Record<string, unknown>,
  after: Record<string, unknown>,
): { before: Record<string, unknown>; after: Record<string, unknown> } {
  const changedBefore: Record<string, unknown> = {};
  const changedAfter: Record<string, unknown> = {};
  for (const key of new Set([...Object.keys(before), ...Object.keys(after)])) {
    if (JSON.stringify(before[key]) !== JSON.stringify(after[key])) {
      changedBefore[key] = before[key];
      changedAfter[key] = after[key];
    }
  }
  return { before: changedBefore, after: changedAfter };
}
