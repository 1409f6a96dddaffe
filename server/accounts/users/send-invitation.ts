import { AppError } from '../../infra/errors/app-error.ts';
import { requireUser } from './get-user.ts';
import { issueInvitation } from './issue-invitation.ts';
import { assertNotRemoved } from './removed-user.ts';
import type { Caller, UsersDeps } from './users-deps.ts';

/** "Uitnodigen" (again): a new link by mail; earlier links stop working. */
export async function sendInvitation(deps: UsersDeps, caller: Caller, userId: string): Promise<void> {
  await deps.db.transaction(async (tx) => {
    const target = await requireUser(tx, caller, userId);
    if (!target.hasEmail) {
      throw new AppError('VALIDATION_FAILED', { fields: { email: 'required_for_invitation' } });
    }
    assertNotRemoved(target);
    await issueInvitation(tx, deps, caller, target);
  });
}
