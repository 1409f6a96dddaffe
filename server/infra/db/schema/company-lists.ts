import { index, integer, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { createdAt, organisationId } from './columns.ts';
import { organization } from './organisations.ts';

/** The four reason lists of "Mijn bedrijf" that the field app offers when work stops or goes back incomplete. */
export const reasonLists = [
  'abortExecution',
  'abortInspection',
  'incompleteInspection',
  'incompleteExecution',
] as const;
export type ReasonList = (typeof reasonLists)[number];

export const reasonListItem = pgTable(
  'reason_list_items',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    organisationId: organisationId(),
    list: text('list', { enum: reasonLists }).notNull(),
    text: text('text').notNull(),
    position: integer('position').notNull().default(0),
    createdAt: createdAt(),
  },
  (table) => [
    uniqueIndex('reason_list_items_text_idx').on(table.organisationId, table.list, table.text),
    index('reason_list_items_list_idx').on(table.organisationId, table.list, table.position),
  ],
);

/** "Helpdesk": the organisation's own support contact, shown to its users. */
export const organisationHelpdesk = pgTable('organisation_helpdesk', {
  organisationId: text('organisation_id')
    .primaryKey()
    .references(() => organization.id, { onDelete: 'cascade' }),
  name: text('name').notNull().default(''),
  email: text('email').notNull().default(''),
  phone: text('phone').notNull().default(''),
  /** e.g. "werkdagen 9–17 uur". */
  hours: text('hours').notNull().default(''),
  note: text('note').notNull().default(''),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
});
