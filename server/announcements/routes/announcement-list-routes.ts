import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Database } from '../../infra/db/database.ts';
import { announcementKinds } from '../announcement-fields.ts';
import { listAnnouncements } from '../announcements-repository.ts';
import { announcementBody, announcementJson } from './announcement-json.ts';

const listQuery = z.object({
  page: z.coerce.number().int().min(1).max(100_000).default(1),
  pageSize: z.coerce.number().int().min(1).max(100).default(25),
  kind: z.enum(announcementKinds).optional(),
});

/** "Mededelingen": every notice of the platform operator, for every logged-in user. */
export function announcementListRoutes(db: Database): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      '/api/announcements',
      {
        config: { access: 'member' },
        schema: {
          tags: ['announcements'],
          summary: 'All announcements, newest first, one page at a time',
          querystring: listQuery,
          response: { 200: z.object({ items: z.array(announcementBody), total: z.number().int() }) },
        },
      },
      async (request) => {
        const { items, total } = await listAnnouncements(db, request.query);
        return { items: items.map(announcementJson), total };
      },
    );
  };
}
