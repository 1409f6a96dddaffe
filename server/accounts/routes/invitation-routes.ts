import { fromNodeHeaders } from 'better-auth/node';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { clientIpHeader } from '../auth.ts';
import { acceptInvitation } from '../users/accept-invitation.ts';
import { getInvitation } from '../users/get-invitation.ts';
import { userFields } from '../users/user-fields.ts';
import type { UsersDeps } from '../users/users-deps.ts';

const params = z.object({ token: z.string().min(1).max(100) });
const tags = ['accounts'];

/** The invitation link (public: the token is the secret): show whom it is for, then choose a password. */
export function invitationRoutes(deps: UsersDeps): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      '/api/invitations/:token',
      {
        config: { access: 'public' },
        schema: {
          tags,
          summary: 'Whom an invitation link is for; 404 unknown, 409 used, revoked or expired',
          params,
          response: {
            200: z.object({
              firstName: z.string(),
              organisationName: z.string(),
              username: z.string(),
              expiresAt: z.iso.datetime(),
            }),
          },
        },
      },
      async (request) => getInvitation(deps.db, request.params.token),
    );

    app.post(
      '/api/invitations/:token/accept',
      {
        config: { access: 'public' },
        schema: {
          tags,
          summary: 'Chooses the password of an invitation and logs in',
          params,
          body: z.object({ password: userFields.password }),
          response: { 200: z.object({ redirectTo: z.string() }) },
        },
      },
      async (request, reply) => {
        // Whatever session the browser had belongs to someone else; the new one replaces it.
        const headers = fromNodeHeaders(request.headers);
        headers.delete('cookie');
        headers.set(clientIpHeader, request.ip);
        const accepted = await acceptInvitation(deps, {
          token: request.params.token,
          password: request.body.password,
          headers,
          ipAddress: request.ip,
        });
        if (accepted.signInError) {
          request.log.warn(
            { err: accepted.signInError },
            'invitation accepted, but the log-in after it failed',
          );
        }
        if (accepted.setCookies.length > 0) reply.header('set-cookie', accepted.setCookies);
        return { redirectTo: accepted.redirectTo };
      },
    );
  };
}
