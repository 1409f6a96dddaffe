import { and, asc, eq, gt, isNull } from 'drizzle-orm';
import type { Actor } from '../accounts/actor.ts';
import { recordAudit } from '../infra/audit/record-audit.ts';
import type { Database, Executor } from '../infra/db/database.ts';
import { notificationConsent, pushSubscription, userProfile } from '../infra/db/schema/index.ts';
import { AppError } from '../infra/errors/app-error.ts';

export type PushKeys = { p256dh: string; auth: string };
export type StoredSubscription = { id: string; endpoint: string; keys: PushKeys };

type SubscribedBy = { actor: Actor; ipAddress: string };

// The endpoint is a capability (whoever knows it can push to the browser): it never goes to the logbook.
function audit(tx: Executor, by: SubscribedBy, action: 'create' | 'delete', id: string) {
  return recordAudit(tx, {
    organisationId: by.actor.organisationId,
    actor: { userId: by.actor.userId, name: by.actor.name },
    action,
    event: action === 'create' ? 'pushSubscription.created' : 'pushSubscription.removed',
    entity: { type: 'pushSubscription', id, label: by.actor.name },
    ipAddress: by.ipAddress,
  });
}

/**
 * Binds the browser's subscription to the logged-in user: new, or taken over when another user of the
 * same browser had it (a browser has one subscription per site). Renewed keys replace the old ones.
 */
export async function saveSubscription(
  db: Database,
  by: SubscribedBy,
  subscription: { endpoint: string; keys: PushKeys },
): Promise<void> {
  await db.transaction(async (tx) => {
    const values = { userId: by.actor.userId, endpoint: subscription.endpoint, keys: subscription.keys };
    const [inserted] = await tx
      .insert(pushSubscription)
      .values(values)
      .onConflictDoNothing({ target: pushSubscription.endpoint })
      .returning({ id: pushSubscription.id });
    if (inserted) return audit(tx, by, 'create', inserted.id);
    const [existing] = await tx
      .select({ id: pushSubscription.id, userId: pushSubscription.userId })
      .from(pushSubscription)
      .where(eq(pushSubscription.endpoint, subscription.endpoint))
      .for('update');
    if (!existing) throw new AppError('CONFLICT', { fields: { endpoint: 'changed_concurrently' } });
    await tx.update(pushSubscription).set(values).where(eq(pushSubscription.id, existing.id));
    if (existing.userId !== by.actor.userId) await audit(tx, by, 'create', existing.id);
  });
}

/** Removes one of the user's own subscriptions; someone else's answers 404 like an unknown one. */
export async function removeOwnSubscription(db: Database, by: SubscribedBy, endpoint: string): Promise<void> {
  await db.transaction(async (tx) => {
    const [removed] = await tx
      .delete(pushSubscription)
      .where(and(eq(pushSubscription.endpoint, endpoint), eq(pushSubscription.userId, by.actor.userId)))
      .returning({ id: pushSubscription.id });
    if (!removed) throw new AppError('NOT_FOUND');
    await audit(tx, by, 'delete', removed.id);
  });
}

/**
 * The next batch of subscriptions after `afterId`, in a stable order, for the push job: only of users
 * who chose to be informed (GDPR) and have not been removed.
 */
export function subscriptionsAfter(db: Executor, afterId: string | null, limit: number) {
  return db
    .select({ id: pushSubscription.id, endpoint: pushSubscription.endpoint, keys: pushSubscription.keys })
    .from(pushSubscription)
    .innerJoin(
      notificationConsent,
      and(
        eq(notificationConsent.userId, pushSubscription.userId),
        eq(notificationConsent.choice, 'informed'),
      ),
    )
    .innerJoin(
      userProfile,
      and(eq(userProfile.userId, pushSubscription.userId), isNull(userProfile.removedAt)),
    )
    .where(afterId ? gt(pushSubscription.id, afterId) : undefined)
    .orderBy(asc(pushSubscription.id))
    .limit(limit);
}

/** The push service says the subscription is gone (404/410): the browser will never receive on it again. */
export async function removeExpiredSubscription(db: Database, id: string): Promise<void> {
  await db.transaction(async (tx) => {
    const [removed] = await tx
      .delete(pushSubscription)
      .where(eq(pushSubscription.id, id))
      .returning({ id: pushSubscription.id });
    if (!removed) return;
    await recordAudit(tx, {
      organisationId: null,
      actor: null,
      action: 'delete',
      event: 'pushSubscription.expired',
      entity: { type: 'pushSubscription', id },
    });
  });
}
