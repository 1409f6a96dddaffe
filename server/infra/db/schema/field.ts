import { index, jsonb, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import type { Position } from '../../../klic/imkl/imkl-model.ts';
import { user } from './auth.ts';
import { klicMelding } from './klic.ts';
import { organization } from './organisations.ts';

export const fieldRegistrationKinds = [
  'proefsleuf',
  'graafschade',
  'afwijkendeLigging',
  'onbekendNet',
] as const;
export type FieldRegistrationKind = (typeof fieldRegistrationKinds)[number];

/**
 * What a field worker recorded at a KLIC: a trial trench, damage, a deviating position or an unknown
 * network. Written by the field app (issue 6); counted by the reports.
 */
export const fieldRegistration = pgTable(
  'field_registrations',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    organisationId: text('organisation_id')
      .notNull()
      .references(() => organization.id, { onDelete: 'cascade' }),
    meldingId: uuid('melding_id')
      .notNull()
      .references(() => klicMelding.id, { onDelete: 'cascade' }),
    kind: text('kind', { enum: fieldRegistrationKinds }).notNull(),
    /** RD New (EPSG:28992) metres. */
    position: jsonb('position').$type<Position>(),
    /** The fields of the kind (depth, what was found, offset …). */
    details: jsonb('details').$type<Record<string, unknown>>().notNull(),
    recordedAt: timestamp('recorded_at', { withTimezone: true }).notNull(),
    recordedBy: text('recorded_by').references(() => user.id, { onDelete: 'set null' }),
    /** Sent by the device so that an outbox retry stores a registration once. */
    idempotencyKey: text('idempotency_key').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [
    uniqueIndex('field_registrations_idempotency_idx').on(table.organisationId, table.idempotencyKey),
    index('field_registrations_melding_idx').on(table.meldingId),
    index('field_registrations_organisation_recorded_idx').on(table.organisationId, table.recordedAt),
  ],
);
