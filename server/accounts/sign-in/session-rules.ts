import { APIError, BASE_ERROR_CODES, type BetterAuthPlugin } from 'better-auth';
import { createAuthMiddleware } from 'better-auth/api';
import { eq } from 'drizzle-orm';
import type { Database } from '../../infra/db/database.ts';
import { userProfile } from '../../infra/db/schema/index.ts';
import { recordLoginSucceeded } from './login-events.ts';

const invalidUsernameOrPassword = {
  code: 'INVALID_USERNAME_OR_PASSWORD',
  message: 'Invalid username or password',
};

/**
 * `databaseHooks.session.create.before`: a removed user gets no session. The login answers exactly
 * like a wrong password, so nobody learns that the account exists or was removed.
 */
export function refuseRemovedUsers(db: Database) {
  return async (session: { userId: string }, context: { path?: string } | null): Promise<void> => {
    const [profile] = await db
      .select({ removedAt: userProfile.removedAt })
      .from(userProfile)
      .where(eq(userProfile.userId, session.userId));
    if (!profile?.removedAt) return;
    throw APIError.from(
      'UNAUTHORIZED',
      context?.path === '/sign-in/username'
        ? invalidUsernameOrPassword
        : BASE_ERROR_CODES.INVALID_EMAIL_OR_PASSWORD,
    );
  };
}

const passwordPaths = new Set(['/sign-in/email', '/sign-in/username']);
const secondFactorPaths = new Set([
  '/two-factor/verify-totp',
  '/two-factor/verify-backup-code',
  '/two-factor/verify-otp',
]);

/**
 * Records `login.succeeded` and the last login once a login is complete. Listed after the two-factor
 * plugin, whose hook withdraws the password step's session while a second factor is still due; a
 * second-factor check counts as a login only when it answers the challenge of a password step (not
 * when a logged-in user confirms setting up two-factor authentication).
 */
export function loginEvents(db: Database): BetterAuthPlugin {
  return {
    id: 'veldwerk-login-events',
    hooks: {
      after: [
        {
          matcher: (context) =>
            passwordPaths.has(context.path ?? '') || secondFactorPaths.has(context.path ?? ''),
          handler: createAuthMiddleware(async (ctx) => {
            const established = ctx.context.newSession;
            if (!established) return;
            if (secondFactorPaths.has(ctx.path)) {
              const challenge = ctx.context.createAuthCookie('two_factor');
              if (!(await ctx.getSignedCookie(challenge.name, ctx.context.secret))) return;
            }
            await recordLoginSucceeded(db, {
              userId: established.user.id,
              ipAddress: established.session.ipAddress ?? null,
            });
          }),
        },
      ],
    },
  };
}
