import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Database } from '../infra/db/database.ts';
import { requireActor } from '../infra/http/authenticate.ts';
import { changeProjectStatus } from './change-project-status.ts';
import { createProject } from './create-project.ts';
import { deleteProject } from './delete-project.ts';
import { listProjects, projectOptions } from './list-projects.ts';
import { createBody, listQuery, projectRow, statusBody, updateBody } from './project-schemas.ts';
import { updateProject } from './update-project.ts';

const access = { access: ['workPlanner'] } as const;
const idParams = z.object({ id: z.uuid() });
const linkedRow = projectRow.extend({ linkedKlics: z.number() });

/** Klic projecten: the list per region, add, edit, delete, status of many, and the choice of a project. */
export function projectRoutes(db: Database): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      '/api/projects',
      {
        config: access,
        schema: {
          tags: ['projects'],
          summary: "One page of a region's projects (search, status filter, sort) with their KLIC count",
          querystring: listQuery,
          response: { 200: z.object({ items: z.array(projectRow), total: z.number() }) },
        },
      },
      async (request) => listProjects(db, requireActor(request), request.query),
    );

    app.get(
      '/api/projects/options',
      {
        config: access,
        schema: {
          tags: ['projects'],
          summary: 'Projects of the organisation by number or description (at most 50), to choose one',
          querystring: z.object({ search: z.string().trim().max(100).default('') }),
          response: {
            200: z.object({
              projects: z.array(z.object({ id: z.string(), number: z.string(), description: z.string() })),
            }),
          },
        },
      },
      async (request) => ({
        projects: await projectOptions(db, requireActor(request).organisationId, request.query.search),
      }),
    );

    app.post(
      '/api/projects',
      {
        config: access,
        schema: {
          tags: ['projects'],
          summary: 'Adds a project; waiting KLICs with its number as reference link to it',
          body: createBody,
          response: { 201: linkedRow },
        },
      },
      async (request, reply) =>
        reply.status(201).send(await createProject(db, requireActor(request), request.body)),
    );

    app.patch(
      '/api/projects/:id',
      {
        config: access,
        schema: {
          tags: ['projects'],
          summary: 'Edits a project; a new number links the KLICs waiting with it as reference',
          params: idParams,
          body: updateBody,
          response: { 200: linkedRow },
        },
      },
      async (request) => updateProject(db, requireActor(request), request.params.id, request.body),
    );

    app.delete(
      '/api/projects/:id',
      {
        config: access,
        schema: {
          tags: ['projects'],
          summary: 'Deletes a project; with linked KLICs only when klics=unlink (they become unlinked)',
          params: idParams,
          querystring: z.object({ klics: z.enum(['unlink']).optional() }),
          response: { 200: z.object({ unlinkedKlics: z.number() }) },
        },
      },
      async (request) =>
        deleteProject(db, requireActor(request), request.params.id, request.query.klics === 'unlink'),
    );

    app.post(
      '/api/projects/status',
      {
        config: access,
        schema: {
          tags: ['projects'],
          summary: 'Status wijzigen naar: sets the status of the selected projects (all or none)',
          body: statusBody,
          response: { 200: z.object({ changed: z.number() }) },
        },
      },
      async (request) => changeProjectStatus(db, requireActor(request), request.body),
    );
  };
}
