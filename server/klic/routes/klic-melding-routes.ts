import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Database } from '../../infra/db/database.ts';
import { requireActor } from '../../infra/http/authenticate.ts';
import { listMeldingen, meldingRowSchema } from '../meldingen/list-meldingen.ts';
import { moveMelding } from '../meldingen/move-melding.ts';

const listQuery = z.object({ filter: z.enum(['unlinked', 'all']).default('all') });
const meldingParams = z.object({ id: z.uuid() });
const moveBody = z.object({
  projectId: z.uuid().nullable(),
  subProject: z.string().trim().max(100).nullable().default(null),
});

/** KLIC-meldingen of the organisation: the unlinked ones waiting for a project, and moving them by hand. */
export function klicMeldingRoutes(db: Database): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      '/api/klic/meldingen',
      {
        config: { access: ['workPlanner'] },
        schema: {
          tags: ['klic'],
          summary: 'KLIC-meldingen, all or only those not linked to a project',
          querystring: listQuery,
          response: { 200: z.object({ meldingen: z.array(meldingRowSchema) }) },
        },
      },
      async (request) => ({
        meldingen: await listMeldingen(db, requireActor(request).organisationId, {
          unlinked: request.query.filter === 'unlinked',
        }),
      }),
    );

    app.put(
      '/api/klic/meldingen/:id/project',
      {
        config: { access: ['workPlanner'] },
        schema: {
          tags: ['klic'],
          summary: 'Links a KLIC-melding to a project (with an optional sub-project) or unlinks it',
          params: meldingParams,
          body: moveBody,
          response: { 200: z.object({ melding: meldingRowSchema }) },
        },
      },
      async (request) => ({
        melding: await moveMelding(db, requireActor(request), request.params.id, request.body),
      }),
    );
  };
}
