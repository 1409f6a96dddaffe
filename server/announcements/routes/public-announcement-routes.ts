import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Database } from '../../infra/db/database.ts';
import { announcementKinds } from '../announcement-fields.ts';
import { listCurrentAnnouncements } from '../announcements-repository.ts';
import { announcementBody, announcementJson } from './announcement-json.ts';

/** The public pages /updates/onderhoud and /updates/storing: readable without logging in. */
export function publicAnnouncementRoutes(db: Database): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      '/api/public/announcements',
      {
        config: { access: 'public' },
        schema: {
          tags: ['announcements'],
          summary: 'Current and planned notices of one kind (updates: the latest 20), newest first',
          querystring: z.object({ kind: z.enum(announcementKinds) }),
          response: { 200: z.object({ items: z.array(announcementBody) }) },
        },
      },
      async (request, reply) => {
        const items = await listCurrentAnnouncements(db, request.query.kind);
        // Shared caches may keep it briefly; an outage page is read by many at once.
        reply.header('cache-control', 'public, max-age=30');
        return { items: items.map(announcementJson) };
      },
    );
  };
}
