import { text, timestamp } from 'drizzle-orm/pg-core';
import { user } from './auth.ts';
import { organization } from './organisations.ts';

// Columns that many tables share, written once so that they cannot drift apart.

/** The tenant: the row belongs to one organisation and is deleted with it. */
export const organisationId = () =>
  text('organisation_id')
    .notNull()
    .references(() => organization.id, { onDelete: 'cascade' });

/** The user the row belongs to; it is deleted with the user. */
export const userId = () =>
  text('user_id')
    .notNull()
    .references(() => user.id, { onDelete: 'cascade' });

export const createdAt = () => timestamp('created_at', { withTimezone: true }).notNull().defaultNow();
