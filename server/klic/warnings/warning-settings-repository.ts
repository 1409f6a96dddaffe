import { and, eq, isNull, or, sql } from 'drizzle-orm';
import type { Executor } from '../../infra/db/database.ts';
import {
  klicWarningRecipient,
  klicWarningSettings,
  member,
  user,
  userProfile,
} from '../../infra/db/schema/index.ts';

export const defaultExpiringWithinWorkdays = 5;

export type WarningSettings = { expiringWithinWorkdays: number; recipientUserIds: string[] };

export type RecipientCandidate = { id: string; name: string; email: string };

/** The organisation's warning settings; the defaults (5 working days, nobody) until someone saves them. */
export async function getWarningSettings(db: Executor, organisationId: string): Promise<WarningSettings> {
  const [row] = await db
    .select({ expiringWithinWorkdays: klicWarningSettings.expiringWithinWorkdays })
    .from(klicWarningSettings)
    .where(eq(klicWarningSettings.organisationId, organisationId));
  const recipients = await db
    .select({ userId: klicWarningRecipient.userId })
    .from(klicWarningRecipient)
    .where(eq(klicWarningRecipient.organisationId, organisationId))
    .orderBy(klicWarningRecipient.userId);
  return {
    expiringWithinWorkdays: row?.expiringWithinWorkdays ?? defaultExpiringWithinWorkdays,
    recipientUserIds: recipients.map((r) => r.userId),
  };
}

/**
 * Who may receive the digest: users of the organisation, not removed, with an e-mail address and the
 * right workPlanner or userAdmin (rights are the comma-separated role of the membership).
 */
export async function recipientCandidates(
  db: Executor,
  organisationId: string,
): Promise<RecipientCandidate[]> {
  const holdsRight = (right: string) => sql`${right} = any(string_to_array(${member.role}, ','))`;
  return db
    .select({ id: user.id, name: user.name, email: user.email })
    .from(member)
    .innerJoin(user, eq(user.id, member.userId))
    .innerJoin(userProfile, eq(userProfile.userId, member.userId))
    .where(
      and(
        eq(member.organizationId, organisationId),
        isNull(userProfile.removedAt),
        eq(userProfile.hasEmail, true),
        or(holdsRight('workPlanner'), holdsRight('userAdmin')),
      ),
    )
    .orderBy(user.name, user.id);
}

export async function saveWarningSettings(
  tx: Executor,
  organisationId: string,
  settings: WarningSettings,
): Promise<void> {
  await tx
    .insert(klicWarningSettings)
    .values({ organisationId, expiringWithinWorkdays: settings.expiringWithinWorkdays })
    .onConflictDoUpdate({
      target: klicWarningSettings.organisationId,
      set: { expiringWithinWorkdays: settings.expiringWithinWorkdays, updatedAt: new Date() },
    });
  await tx.delete(klicWarningRecipient).where(eq(klicWarningRecipient.organisationId, organisationId));
  if (settings.recipientUserIds.length > 0) {
    await tx
      .insert(klicWarningRecipient)
      .values(settings.recipientUserIds.map((userId) => ({ organisationId, userId })));
  }
}
