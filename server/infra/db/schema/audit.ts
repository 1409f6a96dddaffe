import { bigserial, index, jsonb, pgTable, text, timestamp } from 'drizzle-orm/pg-core';
import { organization } from './organisations.ts';

/**
 * The logbook: every create, update and delete, and security events, with who, when, what, and the
 * fields before and after. Rows are only ever inserted. Actor names are copied so that the history
 * keeps them even after a user is removed.
 */
export const auditLog = pgTable(
  'audit_log',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    organisationId: text('organisation_id').references(() => organization.id, { onDelete: 'cascade' }),
    actorUserId: text('actor_user_id'),
    actorName: text('actor_name'),
    action: text('action', { enum: ['create', 'update', 'delete', 'security'] }).notNull(),
    /** e.g. `user.created`, `login.failed`, `rights.changed` */
    event: text('event').notNull(),
    entityType: text('entity_type').notNull(),
    entityId: text('entity_id'),
    entityLabel: text('entity_label'),
    before: jsonb('before').$type<Record<string, unknown>>(),
    after: jsonb('after').$type<Record<string, unknown>>(),
    ipAddress: text('ip_address'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [
    index('audit_log_organisation_created_idx').on(table.organisationId, table.createdAt),
    index('audit_log_entity_idx').on(table.organisationId, table.entityType, table.entityId),
  ],
);
