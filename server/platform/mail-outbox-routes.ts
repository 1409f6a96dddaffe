import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Database } from '../infra/db/database.ts';
import { AppError } from '../infra/errors/app-error.ts';
import { requireActor } from '../infra/http/authenticate.ts';
import { findOutboxMail, listOutboxMails, outboxStatuses } from '../infra/mail/outbox-queries.ts';

const listQuery = z.object({
  page: z.coerce.number().int().min(1).max(100_000).default(1),
  pageSize: z.coerce.number().int().min(1).max(100).default(25),
  status: z.enum(outboxStatuses).optional(),
});

const mailSummary = z.object({
  id: z.uuid(),
  to: z.string(),
  subject: z.string(),
  status: z.enum(outboxStatuses),
  attempts: z.number().int(),
  lastError: z.string().nullable(),
  createdAt: z.iso.datetime(),
  sentAt: z.iso.datetime().nullable(),
});

const mailDetail = mailSummary.extend({
  text: z.string(),
  html: z.string().nullable(),
  nextAttemptAt: z.iso.datetime(),
});

const iso = (date: Date) => date.toISOString();
const isoOrNull = (date: Date | null) => (date ? date.toISOString() : null);

/**
 * The organisation's outgoing mails for user admins: what went out, what is waiting and why. Without SMTP
 * this is where invitations and other mails are read.
 */
export function mailOutboxRoutes(db: Database): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      '/api/mail/outbox',
      {
        config: { access: ['userAdmin'] },
        schema: {
          tags: ['platform'],
          summary: "The organisation's outgoing mails, newest first",
          querystring: listQuery,
          response: { 200: z.object({ items: z.array(mailSummary), total: z.number().int() }) },
        },
      },
      async (request) => {
        const { items, total } = await listOutboxMails(
          db,
          requireActor(request).organisationId,
          request.query,
        );
        return {
          items: items.map((mail) => ({
            ...mail,
            createdAt: iso(mail.createdAt),
            sentAt: isoOrNull(mail.sentAt),
          })),
          total,
        };
      },
    );

    app.get(
      '/api/mail/outbox/:id',
      {
        config: { access: ['userAdmin'] },
        schema: {
          tags: ['platform'],
          summary: 'One outgoing mail with its full text',
          params: z.object({ id: z.uuid() }),
          response: { 200: mailDetail },
        },
      },
      async (request) => {
        const mail = await findOutboxMail(db, requireActor(request).organisationId, request.params.id);
        if (!mail) throw new AppError('NOT_FOUND');
        return {
          ...mail,
          createdAt: iso(mail.createdAt),
          sentAt: isoOrNull(mail.sentAt),
          nextAttemptAt: iso(mail.nextAttemptAt),
        };
      },
    );
  };
}
