import type { Executor } from '../../infra/db/database.ts';
import { AppError } from '../../infra/errors/app-error.ts';
import { type FoundInvitation, findInvitation } from './invitation-queries.ts';
import { hashInvitationToken } from './invitation-token.ts';

/** Why a link no longer works; the invitation page explains each and points to the user admin. */
type InvitationProblem = 'used' | 'revoked' | 'expired';

function invitationProblem(invitation: FoundInvitation, now: Date): InvitationProblem | null {
  if (invitation.usedAt) return 'used';
  if (invitation.revokedAt || invitation.removedAt) return 'revoked';
  if (invitation.expiresAt <= now) return 'expired';
  return null;
}

/** The invitation of a token that can still be accepted: 404 for an unknown token, 409 for a spent one. */
export async function requireUsableInvitation(db: Executor, token: string): Promise<FoundInvitation> {
  const invitation = await findInvitation(db, hashInvitationToken(token));
  if (!invitation) throw new AppError('NOT_FOUND', { detail: 'unknown invitation token' });
  const problem = invitationProblem(invitation, new Date());
  if (problem)
    throw new AppError('CONFLICT', { fields: { token: problem }, detail: `invitation ${problem}` });
  return invitation;
}

/** What the invitation page shows before the invitee chooses a password. */
export async function getInvitation(db: Executor, token: string) {
  const invitation = await requireUsableInvitation(db, token);
  return {
    firstName: invitation.firstName,
    organisationName: invitation.organisationName,
    username: invitation.displayUsername ?? invitation.username ?? invitation.email,
    expiresAt: invitation.expiresAt.toISOString(),
  };
}
