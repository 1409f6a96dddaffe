import { and, desc, eq } from 'drizzle-orm';
import type { Executor } from '../db/database.ts';
import { mailOutbox } from '../db/schema/index.ts';

export const outboxStatuses = mailOutbox.status.enumValues;
export type OutboxStatus = (typeof outboxStatuses)[number];

const summaryColumns = {
  id: mailOutbox.id,
  to: mailOutbox.to,
  subject: mailOutbox.subject,
  status: mailOutbox.status,
  attempts: mailOutbox.attempts,
  lastError: mailOutbox.lastError,
  createdAt: mailOutbox.createdAt,
  sentAt: mailOutbox.sentAt,
};

/** One page of an organisation's outbox, newest first. */
export async function listOutboxMails(
  db: Executor,
  organisationId: string,
  query: { page: number; pageSize: number; status?: OutboxStatus | undefined },
) {
  const where = and(
    eq(mailOutbox.organisationId, organisationId),
    query.status ? eq(mailOutbox.status, query.status) : undefined,
  );
  const items = await db
    .select(summaryColumns)
    .from(mailOutbox)
    .where(where)
    .orderBy(desc(mailOutbox.createdAt), desc(mailOutbox.sequence))
    .limit(query.pageSize)
    .offset((query.page - 1) * query.pageSize);
  const total = await db.$count(mailOutbox, where);
  return { items, total };
}

/** A mail of the organisation, or undefined when it does not exist or belongs to another organisation. */
export async function findOutboxMail(db: Executor, organisationId: string, id: string) {
  const [mail] = await db
    .select({
      ...summaryColumns,
      text: mailOutbox.text,
      html: mailOutbox.html,
      nextAttemptAt: mailOutbox.nextAttemptAt,
    })
    .from(mailOutbox)
    .where(and(eq(mailOutbox.id, id), eq(mailOutbox.organisationId, organisationId)));
  return mail;
}
