import { and, asc, eq, ilike, or } from 'drizzle-orm';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Database } from '../infra/db/database.ts';
import { project } from '../infra/db/schema/index.ts';
import { requireActor } from '../infra/http/authenticate.ts';
import { createProject } from './create-project.ts';

const projectSchema = z.object({ id: z.string(), number: z.string(), description: z.string() });
const listQuery = z.object({ search: z.string().trim().max(100).default('') });
const projectBody = z.object({
  // ';' separates project and sub-project in a KLIC reference, so a number with one could never link.
  number: z
    .string()
    .trim()
    .min(1)
    .max(100)
    .regex(/^[^;]+$/),
  description: z.string().trim().max(500).default(''),
});

/** Projects: the minimum KLIC linking needs (search to move a KLIC, add one); the project module grows here. */
export function projectRoutes(db: Database): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      '/api/projects',
      {
        config: { access: ['workPlanner'] },
        schema: {
          tags: ['projects'],
          summary: 'Projects of the organisation by number or description (at most 50)',
          querystring: listQuery,
          response: { 200: z.object({ projects: z.array(projectSchema) }) },
        },
      },
      async (request) => {
        const organisationId = requireActor(request).organisationId;
        const pattern = `%${request.query.search.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
        const projects = await db
          .select({ id: project.id, number: project.number, description: project.description })
          .from(project)
          .where(
            and(
              eq(project.organisationId, organisationId),
              request.query.search
                ? or(ilike(project.number, pattern), ilike(project.description, pattern))
                : undefined,
            ),
          )
          .orderBy(asc(project.number))
          .limit(50);
        return { projects };
      },
    );

    app.post(
      '/api/projects',
      {
        config: { access: ['workPlanner'] },
        schema: {
          tags: ['projects'],
          summary: 'Adds a project; waiting KLICs with its number as reference link to it',
          body: projectBody,
          response: { 201: projectSchema.extend({ linkedKlics: z.number() }) },
        },
      },
      async (request, reply) =>
        reply.status(201).send(await createProject(db, requireActor(request), request.body)),
    );
  };
}
