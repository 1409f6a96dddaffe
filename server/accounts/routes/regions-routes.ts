import type { FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Database } from '../../infra/db/database.ts';
import { requireActor } from '../../infra/http/authenticate.ts';
import { addRegion } from '../regions/add-region.ts';
import { assignRegionUsers } from '../regions/assign-region-users.ts';
import { listRegionUsers } from '../regions/list-region-users.ts';
import type { RegionChangedBy } from '../regions/region-change.ts';
import { regionName } from '../regions/region-name.ts';
import { removeRegion } from '../regions/remove-region.ts';
import { renameRegion } from '../regions/rename-region.ts';
import { visibleRegions } from '../regions-repository.ts';
import { rights } from '../rights.ts';

const region = z.object({ id: z.string(), name: z.string(), userCount: z.number().int() });
const regionParams = z.object({ id: z.string().min(1).max(200) });
const regionBody = z.object({ name: regionName });
const regionUsersBody = z.object({
  items: z.array(
    z.object({ id: z.string(), name: z.string(), username: z.string(), rights: z.array(z.enum(rights)) }),
  ),
});

function changedBy(request: FastifyRequest): RegionChangedBy {
  return { actor: requireActor(request), ipAddress: request.ip };
}

/** "Mijn bedrijf → Regio's beheren": regions and who works in them. */
export function regionsRoutes(db: Database): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      '/api/regions',
      {
        config: { access: 'member' },
        schema: {
          tags: ['accounts'],
          summary: 'The regions the user may see, with their number of users',
          response: { 200: z.object({ items: z.array(region) }) },
        },
      },
      async (request) => ({ items: await visibleRegions(db, requireActor(request)) }),
    );

    app.post(
      '/api/regions',
      {
        config: { access: ['userAdmin'] },
        schema: { tags: ['accounts'], summary: 'Adds a region', body: regionBody, response: { 201: region } },
      },
      async (request, reply) =>
        reply.status(201).send(await addRegion(db, changedBy(request), request.body.name)),
    );

    app.patch(
      '/api/regions/:id',
      {
        config: { access: ['userAdmin'] },
        schema: {
          tags: ['accounts'],
          summary: 'Renames a region',
          params: regionParams,
          body: regionBody,
          response: { 200: region },
        },
      },
      async (request) => renameRegion(db, changedBy(request), request.params.id, request.body.name),
    );

    app.delete(
      '/api/regions/:id',
      {
        config: { access: ['userAdmin'] },
        schema: {
          tags: ['accounts'],
          summary: 'Removes a region and its user assignments',
          params: regionParams,
        },
      },
      async (request, reply) => {
        await removeRegion(db, changedBy(request), request.params.id);
        return reply.status(204).send();
      },
    );

    app.get(
      '/api/regions/:id/users',
      {
        config: { access: 'member' },
        schema: {
          tags: ['accounts'],
          summary: 'The users assigned to a region',
          params: regionParams,
          response: { 200: regionUsersBody },
        },
      },
      async (request) => ({ items: await listRegionUsers(db, requireActor(request), request.params.id) }),
    );

    app.put(
      '/api/regions/:id/users',
      {
        config: { access: ['userAdmin'] },
        schema: {
          tags: ['accounts'],
          summary: 'Replaces the users assigned to a region',
          params: regionParams,
          body: z.object({ userIds: z.array(z.string().min(1).max(200)).max(5000) }),
          response: { 200: regionUsersBody },
        },
      },
      async (request) => ({
        items: await assignRegionUsers(db, changedBy(request), request.params.id, request.body.userIds),
      }),
    );
  };
}
