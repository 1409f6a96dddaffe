import { bigserial, index, integer, jsonb, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { organization } from './organisations.ts';

/**
 * Every outgoing mail is stored here before it is sent. Without SMTP the rows stay `queued` and user
 * admins read them in the app; with SMTP the sender job delivers them and retries with back-off.
 */
export const mailOutbox = pgTable(
  'mail_outbox',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    /** Order of queueing: mails queued within the same clock tick still list in the order they were queued. */
    sequence: bigserial('sequence', { mode: 'number' }).notNull(),
    organisationId: text('organisation_id').references(() => organization.id, { onDelete: 'cascade' }),
    to: text('to_address').notNull(),
    subject: text('subject').notNull(),
    text: text('body_text').notNull(),
    html: text('body_html'),
    headers: jsonb('headers').$type<Record<string, string>>(),
    status: text('status', { enum: ['queued', 'sent', 'failed'] })
      .notNull()
      .default('queued'),
    attempts: integer('attempts').notNull().default(0),
    lastError: text('last_error'),
    nextAttemptAt: timestamp('next_attempt_at', { withTimezone: true }).notNull().defaultNow(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    sentAt: timestamp('sent_at', { withTimezone: true }),
  },
  (table) => [
    index('mail_outbox_organisation_created_idx').on(table.organisationId, table.createdAt),
    index('mail_outbox_due_idx').on(table.status, table.nextAttemptAt),
  ],
);
