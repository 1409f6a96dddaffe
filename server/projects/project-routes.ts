import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Database } from '../infra/db/database.ts';
import { requireActor } from '../infra/http/authenticate.ts';
import { projectKlicRow, projectKlics } from '../klic/manage/project-klics.ts';
import { changeProjectStatus } from './change-project-status.ts';
import { createProject } from './create-project.ts';
import { deleteProject } from './delete-project.ts';
import { listProjects, projectOptions } from './list-projects.ts';
import { visibleProject } from './project-access.ts';
import { projectDetail, projectLogbook } from './project-detail.ts';
import { fieldWorkerOptions } from './project-field-workers.ts';
import {
  createBody,
  fieldWorkerOption,
  listQuery,
  logbookEntry,
  logbookQuery,
  projectDetail as projectDetailSchema,
  projectRow,
  savedProject,
  statusBody,
  updateBody,
} from './project-schemas.ts';
import { updateProject } from './update-project.ts';

const access = { access: ['workPlanner'] } as const;
const idParams = z.object({ id: z.uuid() });

/**
 * Klic projecten: the list per region, one project with its field workers, its logbook and its KLICs, add,
 * edit, delete, status of many, and the choice of a project or of field workers.
 */
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

    app.get(
      '/api/projects/field-workers',
      {
        config: access,
        schema: {
          tags: ['projects'],
          summary: "The organisation's field workers (name and regions), to choose a project's",
          response: { 200: z.object({ fieldWorkers: z.array(fieldWorkerOption) }) },
        },
      },
      async (request) => ({
        fieldWorkers: await fieldWorkerOptions(db, requireActor(request).organisationId),
      }),
    );

    app.get(
      '/api/projects/:id',
      {
        config: access,
        schema: {
          tags: ['projects'],
          summary: 'One project with its field workers',
          params: idParams,
          response: { 200: projectDetailSchema },
        },
      },
      async (request) => projectDetail(db, requireActor(request), request.params.id),
    );

    app.get(
      '/api/projects/:id/logbook',
      {
        config: access,
        schema: {
          tags: ['projects'],
          summary: 'Logboek geselecteerde item: what was logged of the project, newest first',
          params: idParams,
          querystring: logbookQuery,
          response: { 200: z.object({ items: z.array(logbookEntry), total: z.number().int() }) },
        },
      },
      async (request) => projectLogbook(db, requireActor(request), request.params.id, request.query),
    );

    app.get(
      '/api/projects/:id/klics',
      {
        config: access,
        schema: {
          tags: ['projects'],
          summary: 'Klics beheren: the KLICs of the project with field workers, EV, expiry and receipt',
          params: idParams,
          response: {
            200: z.object({
              project: z.object({ id: z.string(), number: z.string() }),
              klics: z.array(projectKlicRow),
            }),
          },
        },
      },
      async (request) => {
        const found = await visibleProject(db, requireActor(request), request.params.id);
        return { project: { id: found.id, number: found.number }, klics: await projectKlics(db, found.id) };
      },
    );

    app.post(
      '/api/projects',
      {
        config: access,
        schema: {
          tags: ['projects'],
          summary: 'Adds a project; waiting KLICs with its number as reference link to it',
          body: createBody,
          response: { 201: savedProject },
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
          response: { 200: savedProject },
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
