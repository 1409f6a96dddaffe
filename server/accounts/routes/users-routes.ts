import type { FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { requireActor } from '../../infra/http/authenticate.ts';
import { addUser } from '../users/add-user.ts';
import { getUser } from '../users/get-user.ts';
import { listUsers } from '../users/list-users.ts';
import { removeUser } from '../users/remove-user.ts';
import { restoreUser } from '../users/restore-user.ts';
import { sendInvitation } from '../users/send-invitation.ts';
import { setUserPassword } from '../users/set-user-password.ts';
import { updateUser } from '../users/update-user.ts';
import {
  addUserBodySchema,
  listUsersQuerySchema,
  setPasswordBodySchema,
  updateUserBodySchema,
  userDetailSchema,
  userIdParamsSchema,
  userSummarySchema,
} from '../users/user-schemas.ts';
import type { Caller, UsersDeps } from '../users/users-deps.ts';

const access = { access: ['userAdmin'] as const };
const tags = ['accounts'];
const callerOf = (request: FastifyRequest): Caller => ({
  actor: requireActor(request),
  ipAddress: request.ip,
});

/** "Mijn bedrijf → Gebruikers": user admins manage the users of their organisation (seed 001, 002). */
export function usersRoutes(deps: UsersDeps): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      '/api/users',
      {
        config: access,
        schema: {
          tags,
          summary: "The organisation's users: search, filters, pages; sorted by last name",
          querystring: listUsersQuerySchema,
          response: { 200: z.object({ items: z.array(userSummarySchema), total: z.number().int() }) },
        },
      },
      async (request) => listUsers(deps.db, callerOf(request), request.query),
    );

    app.get(
      '/api/users/:id',
      {
        config: access,
        schema: {
          tags,
          summary: 'One user with remarks',
          params: userIdParamsSchema,
          response: { 200: userDetailSchema },
        },
      },
      async (request) => getUser(deps.db, callerOf(request), request.params.id),
    );

    app.post(
      '/api/users',
      {
        config: access,
        schema: {
          tags,
          summary: 'Adds a user, with an invitation mail or a password set by the admin',
          body: addUserBodySchema,
          response: { 201: userSummarySchema },
        },
      },
      async (request, reply) => reply.status(201).send(await addUser(deps, callerOf(request), request.body)),
    );

    app.patch(
      '/api/users/:id',
      {
        config: access,
        schema: {
          tags,
          summary: "Changes a user's data, rights or regions (not the e-mail address)",
          params: userIdParamsSchema,
          body: updateUserBodySchema,
          response: { 200: userSummarySchema },
        },
      },
      async (request) => updateUser(deps, callerOf(request), request.params.id, request.body),
    );

    app.post(
      '/api/users/:id/password',
      {
        config: access,
        schema: {
          tags,
          summary: "Sets the user's password and ends their sessions",
          params: userIdParamsSchema,
          body: setPasswordBodySchema,
          response: { 204: z.null() },
        },
      },
      async (request, reply) => {
        await setUserPassword(deps, callerOf(request), request.params.id, request.body);
        return reply.status(204).send(null);
      },
    );

    app.post(
      '/api/users/:id/invitation',
      {
        config: access,
        schema: {
          tags,
          summary: 'Sends a new invitation link; earlier links stop working',
          params: userIdParamsSchema,
          response: { 204: z.null() },
        },
      },
      async (request, reply) => {
        await sendInvitation(deps, callerOf(request), request.params.id);
        return reply.status(204).send(null);
      },
    );

    app.delete(
      '/api/users/:id',
      {
        config: access,
        schema: {
          tags,
          summary: 'Removes a user: no more log-in, history keeps the name',
          params: userIdParamsSchema,
          response: { 204: z.null() },
        },
      },
      async (request, reply) => {
        await removeUser(deps, callerOf(request), request.params.id);
        return reply.status(204).send(null);
      },
    );

    app.post(
      '/api/users/:id/restore',
      {
        config: access,
        schema: {
          tags,
          summary: 'Restores a removed user',
          params: userIdParamsSchema,
          response: { 200: userSummarySchema },
        },
      },
      async (request) => restoreUser(deps, callerOf(request), request.params.id),
    );
  };
}
