import type { FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Database } from '../../infra/db/database.ts';
import { requireActor } from '../../infra/http/authenticate.ts';
import type { AnnouncementChangedBy } from '../announcement-change.ts';
import {
  announcementKinds,
  bodyField,
  durationField,
  momentField,
  reasonField,
  titleField,
} from '../announcement-fields.ts';
import { changeAnnouncement, removeAnnouncement } from '../change-announcement.ts';
import { publishAnnouncement } from '../publish-announcement.ts';
import { type PushQueue, queueAnnouncementPush } from '../push-queue.ts';
import { announcementBody, announcementJson } from './announcement-json.ts';

const newAnnouncement = z.strictObject({
  kind: z.enum(announcementKinds),
  title: titleField,
  body: bodyField.optional(),
  startsAt: momentField.optional(),
  durationMinutes: durationField.optional(),
  reason: reasonField.optional(),
  endsAt: momentField.optional(),
});

// The kind cannot change: a strict object refuses it (and anything else unknown) with 422.
const announcementPatch = z
  .strictObject({
    title: titleField.optional(),
    body: bodyField.optional(),
    startsAt: momentField.nullable().optional(),
    durationMinutes: durationField.nullable().optional(),
    reason: reasonField.nullable().optional(),
    endsAt: momentField.nullable().optional(),
  })
  .refine((patch) => Object.keys(patch).length > 0);

const announcementParams = z.object({ id: z.uuid() });

function changedBy(request: FastifyRequest): AnnouncementChangedBy {
  return { actor: requireActor(request), ipAddress: request.ip };
}

/** The platform operator publishes, changes (e.g. ends an outage) and removes announcements. */
export function announcementPublishRoutes(deps: { db: Database; jobs?: PushQueue }): FastifyPluginAsyncZod {
  const { db, jobs } = deps;
  return async (app) => {
    app.post(
      '/api/announcements',
      {
        config: { access: 'platformOperator' },
        schema: {
          tags: ['announcements'],
          summary: 'Publishes an announcement and sends it to every push subscription',
          body: newAnnouncement,
          response: { 201: announcementBody },
        },
      },
      async (request, reply) => {
        const created = await publishAnnouncement(db, changedBy(request), request.body);
        if (jobs) await queueAnnouncementPush(jobs, created.id, request.log);
        return reply.status(201).send(announcementJson(created));
      },
    );

    app.patch(
      '/api/announcements/:id',
      {
        config: { access: 'platformOperator' },
        schema: {
          tags: ['announcements'],
          summary: 'Changes an announcement, e.g. sets endsAt when an outage is resolved',
          params: announcementParams,
          body: announcementPatch,
          response: { 200: announcementBody },
        },
      },
      async (request) =>
        announcementJson(await changeAnnouncement(db, changedBy(request), request.params.id, request.body)),
    );

    app.delete(
      '/api/announcements/:id',
      {
        config: { access: 'platformOperator' },
        schema: { tags: ['announcements'], summary: 'Removes an announcement', params: announcementParams },
      },
      async (request, reply) => {
        await removeAnnouncement(db, changedBy(request), request.params.id);
        return reply.status(204).send();
      },
    );
  };
}
