import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Database } from '../../infra/db/database.ts';
import { requireActor } from '../../infra/http/authenticate.ts';
import { isIsoDate } from '../../infra/workdays/iso-date.ts';
import { listLogbook } from '../logbook/logbook-query.ts';

const dutchDate = z.iso.date().refine(isIsoDate);
const filterText = z.string().min(1).max(200).optional();

const logbookQuery = z.object({
  entityType: filterText,
  entityId: filterText,
  actorUserId: filterText,
  event: filterText,
  from: dutchDate.optional(),
  to: dutchDate.optional(),
  page: z.coerce.number().int().min(1).max(100_000).default(1),
  pageSize: z.coerce.number().int().min(1).max(100).default(25),
});

const logEntry = z.object({
  id: z.number().int(),
  createdAt: z.iso.datetime(),
  actorName: z.string().nullable(),
  action: z.enum(['create', 'update', 'delete', 'security']),
  event: z.string(),
  entityType: z.string(),
  entityId: z.string().nullable(),
  entityLabel: z.string().nullable(),
  before: z.record(z.string(), z.unknown()).nullable(),
  after: z.record(z.string(), z.unknown()).nullable(),
  ipAddress: z.string().nullable(),
});

/** "Mijn bedrijf → Logboek": who changed what and when, for user admins of the organisation. */
export function logbookRoutes(db: Database): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      '/api/logbook',
      {
        config: { access: ['userAdmin'] },
        schema: {
          tags: ['accounts'],
          summary: "The organisation's logbook, newest first; from/to are Dutch calendar dates",
          querystring: logbookQuery,
          response: { 200: z.object({ items: z.array(logEntry), total: z.number().int() }) },
        },
      },
      async (request) => {
        const { items, total } = await listLogbook(db, requireActor(request).organisationId, request.query);
        return {
          items: items.map((entry) => ({ ...entry, createdAt: entry.createdAt.toISOString() })),
          total,
        };
      },
    );
  };
}
