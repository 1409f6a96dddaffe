import { hash } from '@node-rs/argon2';
import { eq } from 'drizzle-orm';
import { recordAudit } from '../../infra/audit/record-audit.ts';
import { userProfile } from '../../infra/db/schema/index.ts';
import { AppError } from '../../infra/errors/app-error.ts';
import { passwordHashOptions } from '../auth.ts';
import { assertPasswordAllowed } from '../password-policy.ts';
import { setCredentialPassword } from './credentials-repository.ts';
import { requireUsableInvitation } from './get-invitation.ts';
import { claimInvitation } from './invitation-queries.ts';
import type { UsersDeps } from './users-deps.ts';

export type AcceptedInvitation = {
  /** better-auth's session cookies; empty when the log-in did not happen (then `signInError`). */
  setCookies: string[];
  redirectTo: string;
  signInError?: unknown;
};

const loginPath = '/inloggen';

/**
 * The invitee chooses a password: the link is spent, the password stored and the invitation confirmed
 * in one transaction; then the user is logged in with that password, as if they had typed it.
 */
export async function acceptInvitation(
  deps: Pick<UsersDeps, 'db' | 'auth'>,
  request: { token: string; password: string; headers: Headers; ipAddress: string },
): Promise<AcceptedInvitation> {
  const invitation = await requireUsableInvitation(deps.db, request.token);
  const personal = [invitation.firstName, invitation.lastName, invitation.username ?? '', invitation.email];
  assertPasswordAllowed(request.password, personal);
  const passwordHash = await hash(request.password, passwordHashOptions);

  await deps.db.transaction(async (tx) => {
    const now = new Date();
    if (!(await claimInvitation(tx, invitation.id, now))) {
      // Spent since we looked (another tab, a new link, removal): say why, as a fresh look would.
      await requireUsableInvitation(tx, request.token);
      throw new AppError('CONFLICT', { fields: { token: 'used' } });
    }
    await setCredentialPassword(tx, invitation.userId, passwordHash);
    await tx
      .update(userProfile)
      .set({ invitationConfirmedAt: now, mustChangePassword: false, updatedAt: now })
      .where(eq(userProfile.userId, invitation.userId));
    await recordAudit(tx, {
      organisationId: invitation.organisationId,
      actor: { userId: invitation.userId, name: invitation.name },
      action: 'security',
      event: 'invitation.accepted',
      entity: { type: 'user', id: invitation.userId, label: invitation.name },
      after: { invitationConfirmedAt: now.toISOString() },
      ipAddress: request.ipAddress,
    });
  });

  try {
    const signedIn = await deps.auth.api.signInEmail({
      body: { email: invitation.email, password: request.password },
      headers: request.headers,
      returnHeaders: true,
    });
    const setCookies = signedIn.headers.getSetCookie();
    return { setCookies, redirectTo: setCookies.length > 0 ? '/' : loginPath };
  } catch (error) {
    // The password is stored; the user can log in on the login page.
    return { setCookies: [], redirectTo: loginPath, signInError: error };
  }
}
