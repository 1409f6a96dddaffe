import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Database } from '../infra/db/database.ts';
import { requireActor } from '../infra/http/authenticate.ts';
import { helpdeskBody, helpdeskSchema, readHelpdesk, saveHelpdesk } from './helpdesk.ts';

const answer = z.object({ helpdesk: helpdeskSchema.nullable() });

/** "Helpdesk": the organisation's own support contact; every member reads it, user admins keep it. */
export function helpdeskRoutes(db: Database): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      '/api/helpdesk',
      {
        config: { access: 'member' },
        schema: {
          tags: ['company'],
          summary: "The organisation's support contact (null while nothing is filled in)",
          response: { 200: answer },
        },
      },
      async (request) => ({ helpdesk: await readHelpdesk(db, requireActor(request).organisationId) }),
    );

    app.put(
      '/api/helpdesk',
      {
        config: { access: ['userAdmin'] },
        schema: {
          tags: ['company'],
          summary: 'Replaces the support contact; all fields empty clears it',
          body: helpdeskBody,
          response: { 200: answer },
        },
      },
      async (request) => ({ helpdesk: await saveHelpdesk(db, requireActor(request), request.body) }),
    );
  };
}
