import { eq, sql } from 'drizzle-orm';
import type { Actor } from '../accounts/actor.ts';
import { recordAudit } from '../infra/audit/record-audit.ts';
import type { Database, Executor } from '../infra/db/database.ts';
import { notificationConsent, pushSubscription } from '../infra/db/schema/index.ts';
import type { Language } from '../infra/i18n/language.ts';
import { consentText } from './consent-text.ts';

export const consentChoices = ['informed', 'declined'] as const;
export type ConsentChoice = (typeof consentChoices)[number];

export type ConsentState = { choice: ConsentChoice | null; chosenAt: Date | null };

export async function findConsent(db: Executor, userId: string): Promise<ConsentState> {
  const [row] = await db
    .select({ choice: notificationConsent.choice, chosenAt: notificationConsent.chosenAt })
    .from(notificationConsent)
    .where(eq(notificationConsent.userId, userId));
  return row ?? { choice: null, chosenAt: null };
}

/**
 * Stores the user's choice with the exact text they were shown and the moment of choosing (GDPR); a new
 * choice replaces the previous one, the logbook keeps them all.
 */
export async function saveConsent(
  db: Database,
  by: { actor: Actor; ipAddress: string },
  choice: ConsentChoice,
  language: Language,
): Promise<ConsentState> {
  const { text, version } = consentText(language);
  return db.transaction(async (tx) => {
    const values = { choice, consentText: text, language, chosenAt: sql`now()` };
    const [row] = await tx
      .insert(notificationConsent)
      .values({ userId: by.actor.userId, ...values })
      .onConflictDoUpdate({ target: notificationConsent.userId, set: values })
      .returning({ choice: notificationConsent.choice, chosenAt: notificationConsent.chosenAt });
    if (!row) throw new Error('notification consent upsert returned no row');
    // Who no longer wants to be informed is not pushed to: their browsers' subscriptions go.
    if (choice === 'declined')
      await tx.delete(pushSubscription).where(eq(pushSubscription.userId, by.actor.userId));
    await recordAudit(tx, {
      organisationId: by.actor.organisationId,
      actor: { userId: by.actor.userId, name: by.actor.name },
      action: 'security',
      event: 'notifications.consent',
      entity: { type: 'notificationConsent', id: by.actor.userId, label: by.actor.name },
      after: { choice, language, textVersion: version },
      ipAddress: by.ipAddress,
    });
    return row;
  });
}
