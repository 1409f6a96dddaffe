CREATE EXTENSION IF NOT EXISTS pg_trgm;--> statement-breakpoint
CREATE TABLE "organisation_helpdesk" (
	"organisation_id" text PRIMARY KEY NOT NULL,
	"name" text DEFAULT '' NOT NULL,
	"email" text DEFAULT '' NOT NULL,
	"phone" text DEFAULT '' NOT NULL,
	"hours" text DEFAULT '' NOT NULL,
	"note" text DEFAULT '' NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "reason_list_items" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organisation_id" text NOT NULL,
	"list" text NOT NULL,
	"text" text NOT NULL,
	"position" integer DEFAULT 0 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "field_registrations" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organisation_id" text NOT NULL,
	"melding_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"position" jsonb,
	"details" jsonb NOT NULL,
	"recorded_at" timestamp with time zone NOT NULL,
	"recorded_by" text,
	"idempotency_key" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "klic_ev_handlings" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organisation_id" text NOT NULL,
	"melding_id" uuid NOT NULL,
	"bronhoudercode" text NOT NULL,
	"status" text DEFAULT 'open' NOT NULL,
	"instructions" text DEFAULT '' NOT NULL,
	"contact_name" text DEFAULT '' NOT NULL,
	"contacted_on" date,
	"contact_method" text,
	"notes" text DEFAULT '' NOT NULL,
	"handled_at" timestamp with time zone,
	"handled_by" text,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "klic_melding_field_workers" (
	"organisation_id" text NOT NULL,
	"melding_id" uuid NOT NULL,
	"user_id" text NOT NULL,
	"assigned_at" timestamp with time zone DEFAULT now() NOT NULL,
	"removed_from_device_at" timestamp with time zone,
	CONSTRAINT "klic_melding_field_workers_melding_id_user_id_pk" PRIMARY KEY("melding_id","user_id")
);
--> statement-breakpoint
CREATE TABLE "klic_own_attachments" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organisation_id" text NOT NULL,
	"melding_id" uuid NOT NULL,
	"file_name" text NOT NULL,
	"media_type" text NOT NULL,
	"blob_key" text NOT NULL,
	"size" integer NOT NULL,
	"uploaded_by" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "klic_warning_recipients" (
	"organisation_id" text NOT NULL,
	"user_id" text NOT NULL,
	CONSTRAINT "klic_warning_recipients_organisation_id_user_id_pk" PRIMARY KEY("organisation_id","user_id")
);
--> statement-breakpoint
CREATE TABLE "klic_warning_settings" (
	"organisation_id" text PRIMARY KEY NOT NULL,
	"expiring_within_workdays" integer DEFAULT 5 NOT NULL,
	"digest_last_sent_on" date,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "project_field_workers" (
	"organisation_id" text NOT NULL,
	"project_id" uuid NOT NULL,
	"user_id" text NOT NULL,
	CONSTRAINT "project_field_workers_project_id_user_id_pk" PRIMARY KEY("project_id","user_id")
);
--> statement-breakpoint
ALTER TABLE "klic_meldingen" ADD COLUMN "melding_date" date;--> statement-breakpoint
ALTER TABLE "klic_meldingen" ADD COLUMN "expires_on" date;--> statement-breakpoint
ALTER TABLE "klic_meldingen" ADD COLUMN "toelichting" text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE "klic_meldingen" ADD COLUMN "extra_field" text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE "mail_outbox" ADD COLUMN "sequence" bigserial NOT NULL;--> statement-breakpoint
ALTER TABLE "organisation_helpdesk" ADD CONSTRAINT "organisation_helpdesk_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "reason_list_items" ADD CONSTRAINT "reason_list_items_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "field_registrations" ADD CONSTRAINT "field_registrations_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "field_registrations" ADD CONSTRAINT "field_registrations_melding_id_klic_meldingen_id_fk" FOREIGN KEY ("melding_id") REFERENCES "public"."klic_meldingen"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "field_registrations" ADD CONSTRAINT "field_registrations_recorded_by_users_id_fk" FOREIGN KEY ("recorded_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "klic_ev_handlings" ADD CONSTRAINT "klic_ev_handlings_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "klic_ev_handlings" ADD CONSTRAINT "klic_ev_handlings_melding_id_klic_meldingen_id_fk" FOREIGN KEY ("melding_id") REFERENCES "public"."klic_meldingen"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "klic_ev_handlings" ADD CONSTRAINT "klic_ev_handlings_handled_by_users_id_fk" FOREIGN KEY ("handled_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "klic_melding_field_workers" ADD CONSTRAINT "klic_melding_field_workers_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "klic_melding_field_workers" ADD CONSTRAINT "klic_melding_field_workers_melding_id_klic_meldingen_id_fk" FOREIGN KEY ("melding_id") REFERENCES "public"."klic_meldingen"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "klic_melding_field_workers" ADD CONSTRAINT "klic_melding_field_workers_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "klic_own_attachments" ADD CONSTRAINT "klic_own_attachments_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "klic_own_attachments" ADD CONSTRAINT "klic_own_attachments_melding_id_klic_meldingen_id_fk" FOREIGN KEY ("melding_id") REFERENCES "public"."klic_meldingen"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "klic_own_attachments" ADD CONSTRAINT "klic_own_attachments_uploaded_by_users_id_fk" FOREIGN KEY ("uploaded_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "klic_warning_recipients" ADD CONSTRAINT "klic_warning_recipients_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "klic_warning_recipients" ADD CONSTRAINT "klic_warning_recipients_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "klic_warning_settings" ADD CONSTRAINT "klic_warning_settings_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "project_field_workers" ADD CONSTRAINT "project_field_workers_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "project_field_workers" ADD CONSTRAINT "project_field_workers_project_id_projects_id_fk" FOREIGN KEY ("project_id") REFERENCES "public"."projects"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "project_field_workers" ADD CONSTRAINT "project_field_workers_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "reason_list_items_text_idx" ON "reason_list_items" USING btree ("organisation_id","list","text");--> statement-breakpoint
CREATE INDEX "reason_list_items_list_idx" ON "reason_list_items" USING btree ("organisation_id","list","position");--> statement-breakpoint
CREATE UNIQUE INDEX "field_registrations_idempotency_idx" ON "field_registrations" USING btree ("organisation_id","idempotency_key");--> statement-breakpoint
CREATE INDEX "field_registrations_melding_idx" ON "field_registrations" USING btree ("melding_id");--> statement-breakpoint
CREATE INDEX "field_registrations_organisation_recorded_idx" ON "field_registrations" USING btree ("organisation_id","recorded_at");--> statement-breakpoint
CREATE UNIQUE INDEX "klic_ev_handlings_melding_operator_idx" ON "klic_ev_handlings" USING btree ("melding_id","bronhoudercode");--> statement-breakpoint
CREATE INDEX "klic_melding_field_workers_user_idx" ON "klic_melding_field_workers" USING btree ("user_id");--> statement-breakpoint
CREATE INDEX "klic_own_attachments_melding_idx" ON "klic_own_attachments" USING btree ("melding_id");--> statement-breakpoint
CREATE INDEX "klic_meldingen_organisation_expires_idx" ON "klic_meldingen" USING btree ("organisation_id","expires_on");--> statement-breakpoint
CREATE INDEX "projects_number_trgm_idx" ON "projects" USING gin ("number" gin_trgm_ops);--> statement-breakpoint
CREATE INDEX "projects_description_trgm_idx" ON "projects" USING gin ("description" gin_trgm_ops);