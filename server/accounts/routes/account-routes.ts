import { isAPIError } from 'better-auth/api';
import { fromNodeHeaders } from 'better-auth/node';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Database } from '../../infra/db/database.ts';
import { AppError } from '../../infra/errors/app-error.ts';
import { requireActor } from '../../infra/http/authenticate.ts';
import type { ActorCache } from '../actor-cache.ts';
import type { Auth } from '../auth.ts';
import { passwordMaxLength } from '../password-policy.ts';
import { assertNewPasswordAllowed, recordOwnPasswordChange } from '../sign-in/account-password.ts';
import { throttledCurrentPasswordCheck } from '../sign-in/current-password-throttle.ts';

const changePasswordBody = z.object({
  currentPassword: z.string().min(1).max(passwordMaxLength),
  // Longer than the policy allows still reaches the policy, which names the problem (too_long).
  newPassword: z.string().max(passwordMaxLength * 4),
});

/** "Mijn account": the logged-in user's own password. */
export function accountRoutes(auth: Auth, db: Database, cache: ActorCache): FastifyPluginAsyncZod {
  return async (app) => {
    app.post(
      '/api/account/password',
      {
        config: { access: 'member' },
        schema: {
          tags: ['accounts'],
          summary: 'Changes the own password; ends the other sessions',
          body: changePasswordBody,
          response: { 204: z.null() },
        },
      },
      async (request, reply) => {
        const actor = requireActor(request);
        const { currentPassword, newPassword } = request.body;
        await assertNewPasswordAllowed(db, actor.userId, newPassword);
        const headers = await throttledCurrentPasswordCheck(db, actor.userId, async () => {
          try {
            const changed = await auth.api.changePassword({
              body: { currentPassword, newPassword, revokeOtherSessions: true },
              headers: fromNodeHeaders(request.headers),
              returnHeaders: true,
            });
            return { accepted: true, result: changed.headers };
          } catch (error) {
            if (isAPIError(error) && error.status === 'BAD_REQUEST') return { accepted: false, result: null };
            throw error;
          }
        });
        if (!headers) {
          throw new AppError('VALIDATION_FAILED', {
            fields: { currentPassword: 'incorrect' },
            detail: 'current password refused',
          });
        }
        cache.invalidateUser(actor.userId);
        await recordOwnPasswordChange(db, {
          userId: actor.userId,
          event: 'password.changed',
          ipAddress: request.ip,
        });
        // This session was replaced by a new one: the browser gets its cookie.
        const cookies = headers.getSetCookie();
        if (cookies.length > 0) reply.header('set-cookie', cookies);
        return reply.status(204).send(null);
      },
    );
  };
}
