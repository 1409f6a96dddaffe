import { eq } from 'drizzle-orm';
import { recordAudit } from '../../infra/audit/record-audit.ts';
import type { Database, Executor } from '../../infra/db/database.ts';
import { organisationSettings } from '../../infra/db/schema/index.ts';
import type { Actor } from '../actor.ts';

export type SecuritySettings = { requireTwoFactorForAdmins: boolean };

export async function getSecuritySettings(db: Executor, organisationId: string): Promise<SecuritySettings> {
  const [row] = await db
    .select({ requireTwoFactorForAdmins: organisationSettings.requireTwoFactorForAdmins })
    .from(organisationSettings)
    .where(eq(organisationSettings.organisationId, organisationId));
  return { requireTwoFactorForAdmins: row?.requireTwoFactorForAdmins ?? false };
}

/** A user admin switches the two-factor requirement for user admins on or off; logged when it changes. */
export async function saveSecuritySettings(
  db: Database,
  actor: Actor,
  settings: SecuritySettings,
  ipAddress: string,
): Promise<SecuritySettings> {
  return db.transaction(async (tx) => {
    const before = await getSecuritySettings(tx, actor.organisationId);
    if (before.requireTwoFactorForAdmins === settings.requireTwoFactorForAdmins) return before;
    await tx
      .insert(organisationSettings)
      .values({ organisationId: actor.organisationId, ...settings })
      .onConflictDoUpdate({
        target: organisationSettings.organisationId,
        set: { ...settings, updatedAt: new Date() },
      });
    await recordAudit(tx, {
      organisationId: actor.organisationId,
      actor: { userId: actor.userId, name: actor.name },
      action: 'update',
      event: 'security_settings.changed',
      entity: { type: 'organisation', id: actor.organisationId },
      before,
      after: settings,
      ipAddress,
    });
    return settings;
  });
}

/**
 * Why a signed-in user may, for now, only reach their own account: the admin gave them a password to
 * replace, or their organisation requires two-factor authentication of user admins and they have not
 * set it up. Null when nothing stands in the way.
 */
export function pendingAccountStep(
  actor: Pick<Actor, 'mustChangePassword' | 'twoFactorEnabled' | 'twoFactorRequired'>,
): 'password_change_required' | 'two_factor_setup_required' | null {
  if (actor.mustChangePassword) return 'password_change_required';
  if (actor.twoFactorRequired && !actor.twoFactorEnabled) return 'two_factor_setup_required';
  return null;
}
