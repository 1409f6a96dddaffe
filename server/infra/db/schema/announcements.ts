import { index, integer, jsonb, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { user } from './auth.ts';

/** Notices of the platform operator to all users (seed 001): maintenance, outage, update. */
export const announcement = pgTable(
  'announcements',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    kind: text('kind', { enum: ['maintenance', 'outage', 'update'] }).notNull(),
    title: text('title').notNull(),
    body: text('body').notNull(),
    /** Maintenance: when it starts and how long it takes; outage: since when. */
    startsAt: timestamp('starts_at', { withTimezone: true }),
    durationMinutes: integer('duration_minutes'),
    reason: text('reason'),
    /** When the notice stops being current (an outage resolved, maintenance done). */
    endsAt: timestamp('ends_at', { withTimezone: true }),
    publishedAt: timestamp('published_at', { withTimezone: true }).notNull().defaultNow(),
    createdBy: text('created_by').references(() => user.id, { onDelete: 'set null' }),
  },
  (table) => [index('announcements_kind_published_idx').on(table.kind, table.publishedAt)],
);

/** The user's choice to be informed (GDPR): what they chose, when, and the exact text they saw. */
export const notificationConsent = pgTable('notification_consents', {
  userId: text('user_id')
    .primaryKey()
    .references(() => user.id, { onDelete: 'cascade' }),
  choice: text('choice', { enum: ['informed', 'declined'] }).notNull(),
  consentText: text('consent_text').notNull(),
  language: text('language').notNull(),
  chosenAt: timestamp('chosen_at', { withTimezone: true }).notNull().defaultNow(),
});

export const pushSubscription = pgTable(
  'push_subscriptions',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    userId: text('user_id')
      .notNull()
      .references(() => user.id, { onDelete: 'cascade' }),
    endpoint: text('endpoint').notNull().unique(),
    keys: jsonb('keys').$type<{ p256dh: string; auth: string }>().notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [index('push_subscriptions_user_idx').on(table.userId)],
);
