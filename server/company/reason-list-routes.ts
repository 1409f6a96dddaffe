import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Database } from '../infra/db/database.ts';
import { requireActor } from '../infra/http/authenticate.ts';
import { addReason, removeReason, updateReason } from './change-reasons.ts';
import { listReasons } from './reason-list-repository.ts';
import { addBody, itemParams, listParams, reasonItem, updateBody } from './reason-list-schemas.ts';

/** Work planners and user admins keep the lists; every member reads them (the field app offers them). */
const changeAccess = { access: ['workPlanner', 'userAdmin'] } as const;
const items = z.object({ items: z.array(reasonItem) });

/** "Redenen voor afbreken / incompleet opsturen …": the organisation's four reason lists. */
export function reasonListRoutes(db: Database): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      '/api/reason-lists/:list',
      {
        config: { access: 'member' },
        schema: {
          tags: ['company'],
          summary: "The organisation's reasons of one list, in order",
          params: listParams,
          response: { 200: items },
        },
      },
      async (request) => ({
        items: await listReasons(db, requireActor(request).organisationId, request.params.list),
      }),
    );

    app.post(
      '/api/reason-lists/:list',
      {
        config: changeAccess,
        schema: {
          tags: ['company'],
          summary: 'Adds a reason at the end of the list; the same text (any case) twice is refused',
          params: listParams,
          body: addBody,
          response: { 201: z.object({ item: reasonItem }) },
        },
      },
      async (request, reply) =>
        reply.status(201).send({
          item: await addReason(db, requireActor(request), request.params.list, request.body.text),
        }),
    );

    app.patch(
      '/api/reason-lists/:list/:id',
      {
        config: changeAccess,
        schema: {
          tags: ['company'],
          summary: "Changes a reason's text and/or position (0 = first); answers the list in its new order",
          params: itemParams,
          body: updateBody,
          response: { 200: items },
        },
      },
      async (request) => ({
        items: await updateReason(
          db,
          requireActor(request),
          request.params.list,
          request.params.id,
          request.body,
        ),
      }),
    );

    app.delete(
      '/api/reason-lists/:list/:id',
      {
        config: changeAccess,
        schema: {
          tags: ['company'],
          summary: 'Removes a reason from the list (registrations keep their own copy of the text)',
          params: itemParams,
        },
      },
      async (request, reply) => {
        await removeReason(db, requireActor(request), request.params.list, request.params.id);
        return reply.status(204).send();
      },
    );
  };
}
