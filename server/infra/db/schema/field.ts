import { index, integer, jsonb, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import type { Position } from '../../../klic/imkl/imkl-model.ts';
import { user } from './auth.ts';
import { createdAt, organisationId } from './columns.ts';
import { klicMelding } from './klic.ts';

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
    organisationId: organisationId(),
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
    createdAt: createdAt(),
  },
  (table) => [
    uniqueIndex('field_registrations_idempotency_idx').on(table.organisationId, table.idempotencyKey),
    index('field_registrations_melding_idx').on(table.meldingId),
    index('field_registrations_organisation_recorded_idx').on(table.organisationId, table.recordedAt),
  ],
);

/** A photo of a registration, compressed on the phone (≤ 1 MB), stored in the blob store. */
export const fieldRegistrationPhoto = pgTable(
  'field_registration_photos',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    organisationId: organisationId(),
    registrationId: uuid('registration_id')
      .notNull()
      .references(() => fieldRegistration.id, { onDelete: 'cascade' }),
    blobKey: text('blob_key').notNull(),
    mediaType: text('media_type').notNull(),
    size: integer('size').notNull(),
    /** Sent by the device so that an outbox retry stores a photo once. */
    idempotencyKey: text('idempotency_key').notNull(),
    createdAt: createdAt(),
  },
  (table) => [
    uniqueIndex('field_registration_photos_idempotency_idx').on(table.organisationId, table.idempotencyKey),
    index('field_registration_photos_registration_idx').on(table.registrationId),
  ],
);

export const fieldAbortKinds = ['execution', 'inspection'] as const;

/** A field worker stopped execution or site inspection at a KLIC, with a reason from the organisation's list. */
export const fieldAbort = pgTable(
  'field_aborts',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    organisationId: organisationId(),
    meldingId: uuid('melding_id')
      .notNull()
      .references(() => klicMelding.id, { onDelete: 'cascade' }),
    kind: text('kind', { enum: fieldAbortKinds }).notNull(),
    /** The reason's text as chosen (the list may change later). */
    reason: text('reason').notNull(),
    note: text('note').notNull().default(''),
    recordedAt: timestamp('recorded_at', { withTimezone: true }).notNull(),
    recordedBy: text('recorded_by').references(() => user.id, { onDelete: 'set null' }),
    idempotencyKey: text('idempotency_key').notNull(),
    createdAt: createdAt(),
  },
  (table) => [
    uniqueIndex('field_aborts_idempotency_idx').on(table.organisationId, table.idempotencyKey),
    index('field_aborts_melding_idx').on(table.meldingId),
  ],
);
