import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Database } from '../../infra/db/database.ts';
import { evContactMethods, evHandlingStatuses } from '../../infra/db/schema/index.ts';
import { requireActor } from '../../infra/http/authenticate.ts';
import { meldingWithSummary } from '../melding-info/current-summary.ts';
import { evOperatorSchema, evOperators } from './ev-operators.ts';
import { saveEvHandling } from './save-ev-handling.ts';
import { setEvStatus } from './set-ev-status.ts';

const meldingParams = z.object({ id: z.uuid() });
const operatorParams = z.object({ id: z.uuid(), bronhoudercode: z.string().min(1).max(100) });
const text = (max: number) => z.string().trim().max(max).default('');
const handlingBody = z.object({
  status: z.enum(evHandlingStatuses),
  instructions: text(4000),
  contactName: text(200),
  contactedOn: z.iso.date().nullable().default(null),
  contactMethod: z.enum(evContactMethods).nullable().default(null),
  notes: text(4000),
});
const evResponse = { 200: z.object({ operators: z.array(evOperatorSchema) }) };

/** "EV afhandelen": the operators with an EV on a KLIC and how each EV is handled. */
export function klicEvRoutes(db: Database): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      '/api/klic/meldingen/:id/ev',
      {
        config: { access: ['workPlanner'] },
        schema: {
          tags: ['klic'],
          summary: 'The operators with an EV in the current delivery, their EV documents and the handling',
          params: meldingParams,
          response: evResponse,
        },
      },
      async (request) => {
        const current = await meldingWithSummary(db, requireActor(request).organisationId, request.params.id);
        return { operators: await evOperators(db, current) };
      },
    );

    app.put(
      '/api/klic/meldingen/:id/ev/:bronhoudercode',
      {
        config: { access: ['workPlanner'] },
        schema: {
          tags: ['klic'],
          summary: "Saves the handling of one operator's EV (instructions, contact, notes, status)",
          params: operatorParams,
          body: handlingBody,
          response: evResponse,
        },
      },
      async (request) => ({
        operators: await saveEvHandling(
          db,
          requireActor(request),
          request.params.id,
          request.params.bronhoudercode,
          request.body,
        ),
      }),
    );

    app.put(
      '/api/klic/meldingen/:id/ev-status',
      {
        config: { access: ['workPlanner'] },
        schema: {
          tags: ['klic'],
          summary: 'Sets every EV of the KLIC to handled, not handled (open) or "no interest"',
          params: meldingParams,
          body: z.object({ status: z.enum(evHandlingStatuses) }),
          response: evResponse,
        },
      },
      async (request) => ({
        operators: await setEvStatus(db, requireActor(request), request.params.id, request.body.status),
      }),
    );
  };
}
