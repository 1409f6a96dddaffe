import {
  date,
  index,
  integer,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { user } from './auth.ts';
import { createdAt, organisationId, userId } from './columns.ts';
import { klicMelding, project } from './klic.ts';
import { organization } from './organisations.ts';

/**
 * The field workers of a project: they get every KLIC of the project in the field app. Linking a KLIC to
 * the project assigns it to them; a planner can assign or unassign single KLICs besides.
 */
export const projectFieldWorker = pgTable(
  'project_field_workers',
  {
    organisationId: organisationId(),
    projectId: uuid('project_id')
      .notNull()
      .references(() => project.id, { onDelete: 'cascade' }),
    userId: userId(),
  },
  (table) => [primaryKey({ columns: [table.projectId, table.userId] })],
);

/** A KLIC on a field worker's device. `removedFromDeviceAt`: the worker removed it; "Klics vrijgeven" clears it. */
export const klicMeldingFieldWorker = pgTable(
  'klic_melding_field_workers',
  {
    organisationId: organisationId(),
    meldingId: uuid('melding_id')
      .notNull()
      .references(() => klicMelding.id, { onDelete: 'cascade' }),
    userId: userId(),
    assignedAt: timestamp('assigned_at', { withTimezone: true }).notNull().defaultNow(),
    removedFromDeviceAt: timestamp('removed_from_device_at', { withTimezone: true }),
  },
  (table) => [
    primaryKey({ columns: [table.meldingId, table.userId] }),
    index('klic_melding_field_workers_user_idx').on(table.userId),
  ],
);

export const evHandlingStatuses = ['open', 'handled', 'noInterest'] as const;
export type EvHandlingStatus = (typeof evHandlingStatuses)[number];
export const evContactMethods = ['phone', 'email', 'onSite', 'other'] as const;

/**
 * "EV afhandelen": per operator (bronhoudercode) that demands an eisVoorzorgsmaatregel on a KLIC, what the
 * field worker must do, the contact with the operator and whether the EV is handled.
 */
export const klicEvHandling = pgTable(
  'klic_ev_handlings',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    organisationId: organisationId(),
    meldingId: uuid('melding_id')
      .notNull()
      .references(() => klicMelding.id, { onDelete: 'cascade' }),
    bronhoudercode: text('bronhoudercode').notNull(),
    status: text('status', { enum: evHandlingStatuses }).notNull().default('open'),
    /** What the field worker must do before digging (shown in the field app). */
    instructions: text('instructions').notNull().default(''),
    contactName: text('contact_name').notNull().default(''),
    contactedOn: date('contacted_on', { mode: 'string' }),
    contactMethod: text('contact_method', { enum: evContactMethods }),
    notes: text('notes').notNull().default(''),
    handledAt: timestamp('handled_at', { withTimezone: true }),
    handledBy: text('handled_by').references(() => user.id, { onDelete: 'set null' }),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [
    uniqueIndex('klic_ev_handlings_melding_operator_idx').on(table.meldingId, table.bronhoudercode),
  ],
);

/** "Eigen bijlage(n)": the planner's own files on a KLIC (Word, PDF, TIF, JPG), readable in the field app. */
export const klicOwnAttachment = pgTable(
  'klic_own_attachments',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    organisationId: organisationId(),
    meldingId: uuid('melding_id')
      .notNull()
      .references(() => klicMelding.id, { onDelete: 'cascade' }),
    fileName: text('file_name').notNull(),
    mediaType: text('media_type').notNull(),
    blobKey: text('blob_key').notNull(),
    size: integer('size').notNull(),
    uploadedBy: text('uploaded_by').references(() => user.id, { onDelete: 'set null' }),
    createdAt: createdAt(),
  },
  (table) => [index('klic_own_attachments_melding_idx').on(table.meldingId)],
);

/** "Waarschuwingen instellen": how far ahead expiry is warned about, and when the digest last went out. */
export const klicWarningSettings = pgTable('klic_warning_settings', {
  organisationId: text('organisation_id')
    .primaryKey()
    .references(() => organization.id, { onDelete: 'cascade' }),
  /** Warn about KLICs that expire within this many working days. */
  expiringWithinWorkdays: integer('expiring_within_workdays').notNull().default(5),
  /** The Amsterdam day of the last daily digest, so that a restart does not send it twice. */
  digestLastSentOn: date('digest_last_sent_on', { mode: 'string' }),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
});

/** Who receives the daily warning digest. */
export const klicWarningRecipient = pgTable(
  'klic_warning_recipients',
  {
    organisationId: organisationId(),
    userId: userId(),
  },
  (table) => [primaryKey({ columns: [table.organisationId, table.userId] })],
);
