import type { FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { requireActor } from '../../infra/http/authenticate.ts';
import { languageFromHeader } from '../../infra/i18n/language.ts';
import { userIdParamsSchema } from '../users/user-schemas.ts';
import type { Caller } from '../users/users-deps.ts';
import { userSessionParamsSchema, userSessionsSchema } from './session-schemas.ts';
import { endAllUserSessions, endUserSession, listUserSessions, type SessionsDeps } from './user-sessions.ts';

const access = { access: ['userAdmin'] as const };
const tags = ['accounts'];
const callerOf = (request: FastifyRequest): Caller => ({
  actor: requireActor(request),
  ipAddress: request.ip,
});

/** "Gebruikers → Apparaten en sessies": where a user is logged in, and logging them out there. */
export function userSessionsRoutes(deps: SessionsDeps): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      '/api/users/:id/sessions',
      {
        config: access,
        schema: {
          tags,
          summary: "The user's active sessions (devices), most recently active first; never a token",
          params: userIdParamsSchema,
          response: { 200: userSessionsSchema },
        },
      },
      async (request) =>
        listUserSessions(
          deps,
          callerOf(request),
          request.params.id,
          languageFromHeader(request.headers['accept-language']),
        ),
    );

    app.delete(
      '/api/users/:id/sessions/:sessionId',
      {
        config: access,
        schema: {
          tags,
          summary: 'Ends one session of the user at once; not the caller’s own current session',
          params: userSessionParamsSchema,
          response: { 204: z.null() },
        },
      },
      async (request, reply) => {
        await endUserSession(deps, callerOf(request), request.params.id, request.params.sessionId);
        return reply.status(204).send(null);
      },
    );

    app.delete(
      '/api/users/:id/sessions',
      {
        config: access,
        schema: {
          tags,
          summary: 'Ends all sessions of the user (for oneself: all but the current one)',
          params: userIdParamsSchema,
          response: { 204: z.null() },
        },
      },
      async (request, reply) => {
        await endAllUserSessions(deps, callerOf(request), request.params.id);
        return reply.status(204).send(null);
      },
    );
  };
}
