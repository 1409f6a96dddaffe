import {
  bigserial,
  boolean,
  date,
  index,
  integer,
  jsonb,
  pgTable,
  real,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import type { DeliverySummary, Geometry } from '../../../klic/imkl/imkl-model.ts';
import { user } from './auth.ts';
import { createdAt, organisationId } from './columns.ts';
import { organization, team } from './organisations.ts';

/** Opdrachtstatus of a project; 'new' and 'inExecution' are the open ones the list shows by default. */
export const projectStatuses = ['new', 'inExecution', 'completed', 'cancelled'] as const;
export type ProjectStatus = (typeof projectStatuses)[number];

/**
 * A project of the organisation (Klic projecten). KLIC deliveries link to it by their referentie; the
 * project module builds on this table.
 */
export const project = pgTable(
  'projects',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    organisationId: organisationId(),
    number: text('number').notNull(),
    description: text('description').notNull().default(''),
    regionId: text('region_id').references(() => team.id, { onDelete: 'set null' }),
    status: text('status', { enum: projectStatuses }).notNull().default('new'),
    startDate: date('start_date', { mode: 'string' }),
    /** "Geldigheid Klic > 20 werkdagen": ticked switches the validity warning off for this project. */
    klicValidityOverride: boolean('klic_validity_override').notNull().default(false),
    createdAt: createdAt(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [
    uniqueIndex('projects_organisation_number_idx').on(table.organisationId, table.number),
    index('projects_region_status_idx').on(table.regionId, table.status),
    // '%term%' search on number and description (pg_trgm; loaded in PGlite too).
    index('projects_number_trgm_idx').using('gin', table.number.op('gin_trgm_ops')),
    index('projects_description_trgm_idx').using('gin', table.description.op('gin_trgm_ops')),
  ],
);

/** One KLIC-melding (meldnummer) of the organisation, from its receipt to its newest delivery. */
export const klicMelding = pgTable(
  'klic_meldingen',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    organisationId: organisationId(),
    meldnummer: text('meldnummer').notNull(),
    ordernummer: text('ordernummer'),
    positienummer: text('positienummer'),
    referentie: text('referentie'),
    aanvraagSoort: text('aanvraag_soort', {
      enum: ['graafmelding', 'orientatieverzoek', 'calamiteitenmelding'],
    }),
    state: text('state', { enum: ['requested', 'partial', 'complete'] }).notNull(),
    projectId: uuid('project_id').references(() => project.id, { onDelete: 'set null' }),
    /** The part after ';' in 'projectnr;deelproject'. */
    subProject: text('sub_project'),
    /** A planner linked or unlinked it by hand: later deliveries keep that choice. */
    linkedByHand: boolean('linked_by_hand').notNull().default(false),
    /** The delivery with the highest volgnummer. */
    currentDeliveryId: uuid('current_delivery_id'),
    receiptBlobKey: text('receipt_blob_key'),
    requestedAt: timestamp('requested_at', { withTimezone: true }),
    /** The date of the melding (the aanvraag's date, else the receipt's): validity counts from it. */
    meldingDate: date('melding_date', { mode: 'string' }),
    /** Verloopdatum: 20 working days (Dutch holidays and the organisation's own) after the melding date. */
    expiresOn: date('expires_on', { mode: 'string' }),
    /** "Toelichting klic": the planner's note, shown in the field app. */
    toelichting: text('toelichting').notNull().default(''),
    /** "Extra vrij veld": free for the organisation's own use. */
    extraField: text('extra_field').notNull().default(''),
    createdAt: createdAt(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [
    uniqueIndex('klic_meldingen_organisation_meldnummer_idx').on(table.organisationId, table.meldnummer),
    index('klic_meldingen_project_idx').on(table.projectId),
    index('klic_meldingen_unlinked_idx').on(table.organisationId, table.referentie),
    index('klic_meldingen_organisation_expires_idx').on(table.organisationId, table.expiresOn),
  ],
);

/** One delivery (volgnummer) of a melding: the original ZIP in the blob store and its parsed content. */
export const klicDelivery = pgTable(
  'klic_deliveries',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    organisationId: organisationId(),
    meldingId: uuid('melding_id')
      .notNull()
      .references(() => klicMelding.id, { onDelete: 'cascade' }),
    volgnummer: integer('volgnummer').notNull(),
    complete: boolean('complete').notNull(),
    composedAt: text('composed_at'),
    zipBlobKey: text('zip_blob_key').notNull(),
    zipSha256: text('zip_sha256').notNull(),
    zipBytes: integer('zip_bytes').notNull(),
    gmlBytes: integer('gml_bytes').notNull(),
    summary: jsonb('summary').$type<DeliverySummary>().notNull(),
    createdAt: createdAt(),
  },
  (table) => [
    uniqueIndex('klic_deliveries_organisation_sha_idx').on(table.organisationId, table.zipSha256),
    uniqueIndex('klic_deliveries_melding_volgnummer_idx').on(table.meldingId, table.volgnummer),
  ],
);

/** The files of a delivery besides the GML: letter, EV documents, operator attachments, background raster. */
export const klicDeliveryFile = pgTable(
  'klic_delivery_files',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    organisationId: organisationId(),
    deliveryId: uuid('delivery_id')
      .notNull()
      .references(() => klicDelivery.id, { onDelete: 'cascade' }),
    path: text('path').notNull(),
    kind: text('kind', {
      enum: ['letter', 'ev', 'attachment', 'background', 'startpage', 'other'],
    }).notNull(),
    bronhoudercode: text('bronhoudercode'),
    blobKey: text('blob_key').notNull(),
    size: integer('size').notNull(),
  },
  (table) => [index('klic_delivery_files_delivery_idx').on(table.deliveryId)],
);

/** Map objects of a delivery (cables and pipes with their link's geometry, points, labels, EV areas, polygons). */
export const klicFeature = pgTable(
  'klic_features',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    organisationId: organisationId(),
    deliveryId: uuid('delivery_id')
      .notNull()
      .references(() => klicDelivery.id, { onDelete: 'cascade' }),
    gmlId: text('gml_id').notNull(),
    type: text('type').notNull(),
    bronhoudercode: text('bronhoudercode'),
    theme: text('theme'),
    networkRef: text('network_ref'),
    linkRef: text('link_ref'),
    geometry: jsonb('geometry').$type<Geometry>(),
    label: text('label'),
    rotation: real('rotation'),
    properties: jsonb('properties').$type<Record<string, string>>().notNull(),
  },
  (table) => [index('klic_features_delivery_gml_idx').on(table.deliveryId, table.gmlId)],
);

/**
 * Everything that came in (upload, dropped mail, SMTP, IMAP, download) as a job with a visible status, so
 * that a planner sees what happened to each file and why it failed.
 */
export const klicIntake = pgTable(
  'klic_intakes',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    organisationId: organisationId(),
    source: text('source', { enum: ['upload', 'smtp', 'imap', 'download'] }).notNull(),
    kind: text('kind', { enum: ['zip', 'mail', 'link'] }).notNull(),
    status: text('status', { enum: ['queued', 'processing', 'retrying', 'done', 'failed'] }).notNull(),
    /** What came of it: a stored delivery, a known duplicate, a registered receipt, a download started … */
    outcome: text('outcome', { enum: ['delivery', 'duplicate', 'receipt', 'download'] }),
    fileName: text('file_name').notNull(),
    blobKey: text('blob_key'),
    bytes: integer('bytes'),
    /** Of the stored file, as the blob store measured it while writing (no second read to compare ZIPs). */
    sha256: text('sha256'),
    url: text('url'),
    meldingId: uuid('melding_id').references(() => klicMelding.id, { onDelete: 'set null' }),
    deliveryId: uuid('delivery_id').references(() => klicDelivery.id, { onDelete: 'set null' }),
    errorCode: text('error_code'),
    errorReason: text('error_reason'),
    errorParams: jsonb('error_params').$type<Record<string, string | number>>(),
    attempts: integer('attempts').notNull().default(0),
    /** How far processing is, 0–100, while it runs. */
    progress: integer('progress'),
    createdBy: text('created_by').references(() => user.id, { onDelete: 'set null' }),
    createdAt: createdAt(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [index('klic_intakes_organisation_created_idx').on(table.organisationId, table.createdAt)],
);

/** How KLIC mail reaches the organisation: its intake address and an optional IMAP mailbox to poll. */
export const klicMailSettings = pgTable(
  'klic_mail_settings',
  {
    organisationId: text('organisation_id')
      .primaryKey()
      .references(() => organization.id, { onDelete: 'cascade' }),
    /** The local part of the intake address, e.g. 'klic-7f3a9c' in klic-7f3a9c@intake.example.nl. */
    intakeLocalPart: text('intake_local_part').notNull(),
    imapHost: text('imap_host'),
    imapPort: integer('imap_port'),
    imapSecure: boolean('imap_secure').notNull().default(true),
    imapUser: text('imap_user'),
    /** Encrypted with the instance secret (AES-256-GCM); never returned by the API. */
    imapPasswordEncrypted: text('imap_password_encrypted'),
    imapMailbox: text('imap_mailbox').notNull().default('INBOX'),
    imapEnabled: boolean('imap_enabled').notNull().default(false),
    imapLastPolledAt: timestamp('imap_last_polled_at', { withTimezone: true }),
    /** Why the last poll failed, translated when shown. */
    imapLastError: jsonb('imap_last_error').$type<{
      code: string;
      reason: string | null;
      params: Record<string, string | number>;
    }>(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [uniqueIndex('klic_mail_settings_local_part_idx').on(table.intakeLocalPart)],
);
