import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Database } from '../../infra/db/database.ts';
import { requireActor } from '../../infra/http/authenticate.ts';
import { receiptRow, receiptsQuery, statusQuery, statusRow } from './klic-status-schemas.ts';
import { listKlicReceipts } from './list-klic-receipts.ts';
import { listKlicStatus } from './list-klic-status.ts';

/** Overviews of all the organisation's KLICs: "Status klics" and "Klic ontvangstbevestigingen". */
export function klicStatusRoutes(db: Database): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      '/api/klic/status',
      {
        config: { access: ['workPlanner'] },
        schema: {
          tags: ['klic'],
          summary:
            'Every KLIC of the organisation with its state (requested, partial, complete, linked, expired)',
          querystring: statusQuery,
          response: { 200: z.object({ items: z.array(statusRow), total: z.number() }) },
        },
      },
      async (request) => listKlicStatus(db, requireActor(request).organisationId, request.query),
    );

    app.get(
      '/api/klic/receipts',
      {
        config: { access: ['workPlanner'] },
        schema: {
          tags: ['klic'],
          summary: 'The receipts that came in, the deliveries still awaited first, with working days waiting',
          querystring: receiptsQuery,
          response: {
            200: z.object({
              items: z.array(receiptRow),
              total: z.number(),
              counts: z.object({ awaiting: z.number(), delivered: z.number() }),
            }),
          },
        },
      },
      async (request) => listKlicReceipts(db, requireActor(request).organisationId, request.query),
    );
  };
}
