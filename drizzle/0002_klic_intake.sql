CREATE TABLE "klic_deliveries" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organisation_id" text NOT NULL,
	"melding_id" uuid NOT NULL,
	"volgnummer" integer NOT NULL,
	"complete" boolean NOT NULL,
	"composed_at" text,
	"zip_blob_key" text NOT NULL,
	"zip_sha256" text NOT NULL,
	"zip_bytes" integer NOT NULL,
	"gml_bytes" integer NOT NULL,
	"summary" jsonb NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "klic_delivery_files" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organisation_id" text NOT NULL,
	"delivery_id" uuid NOT NULL,
	"path" text NOT NULL,
	"kind" text NOT NULL,
	"bronhoudercode" text,
	"blob_key" text NOT NULL,
	"size" integer NOT NULL
);
--> statement-breakpoint
CREATE TABLE "klic_features" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"organisation_id" text NOT NULL,
	"delivery_id" uuid NOT NULL,
	"gml_id" text NOT NULL,
	"type" text NOT NULL,
	"bronhoudercode" text,
	"theme" text,
	"network_ref" text,
	"link_ref" text,
	"geometry" jsonb,
	"label" text,
	"rotation" real,
	"properties" jsonb NOT NULL
);
--> statement-breakpoint
CREATE TABLE "klic_intakes" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organisation_id" text NOT NULL,
	"source" text NOT NULL,
	"kind" text NOT NULL,
	"status" text NOT NULL,
	"outcome" text,
	"file_name" text NOT NULL,
	"blob_key" text,
	"bytes" integer,
	"sha256" text,
	"url" text,
	"melding_id" uuid,
	"delivery_id" uuid,
	"error_code" text,
	"error_reason" text,
	"error_params" jsonb,
	"attempts" integer DEFAULT 0 NOT NULL,
	"progress" integer,
	"created_by" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "klic_mail_settings" (
	"organisation_id" text PRIMARY KEY NOT NULL,
	"intake_local_part" text NOT NULL,
	"imap_host" text,
	"imap_port" integer,
	"imap_secure" boolean DEFAULT true NOT NULL,
	"imap_user" text,
	"imap_password_encrypted" text,
	"imap_mailbox" text DEFAULT 'INBOX' NOT NULL,
	"imap_enabled" boolean DEFAULT false NOT NULL,
	"imap_last_polled_at" timestamp with time zone,
	"imap_last_error" jsonb,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "klic_meldingen" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organisation_id" text NOT NULL,
	"meldnummer" text NOT NULL,
	"ordernummer" text,
	"positienummer" text,
	"referentie" text,
	"aanvraag_soort" text,
	"state" text NOT NULL,
	"project_id" uuid,
	"sub_project" text,
	"linked_by_hand" boolean DEFAULT false NOT NULL,
	"current_delivery_id" uuid,
	"receipt_blob_key" text,
	"requested_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "projects" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organisation_id" text NOT NULL,
	"number" text NOT NULL,
	"description" text DEFAULT '' NOT NULL,
	"region_id" text,
	"status" text DEFAULT 'new' NOT NULL,
	"start_date" date,
	"klic_validity_override" boolean DEFAULT false NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "klic_deliveries" ADD CONSTRAINT "klic_deliveries_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "klic_deliveries" ADD CONSTRAINT "klic_deliveries_melding_id_klic_meldingen_id_fk" FOREIGN KEY ("melding_id") REFERENCES "public"."klic_meldingen"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "klic_delivery_files" ADD CONSTRAINT "klic_delivery_files_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "klic_delivery_files" ADD CONSTRAINT "klic_delivery_files_delivery_id_klic_deliveries_id_fk" FOREIGN KEY ("delivery_id") REFERENCES "public"."klic_deliveries"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "klic_features" ADD CONSTRAINT "klic_features_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "klic_features" ADD CONSTRAINT "klic_features_delivery_id_klic_deliveries_id_fk" FOREIGN KEY ("delivery_id") REFERENCES "public"."klic_deliveries"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "klic_intakes" ADD CONSTRAINT "klic_intakes_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "klic_intakes" ADD CONSTRAINT "klic_intakes_melding_id_klic_meldingen_id_fk" FOREIGN KEY ("melding_id") REFERENCES "public"."klic_meldingen"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "klic_intakes" ADD CONSTRAINT "klic_intakes_delivery_id_klic_deliveries_id_fk" FOREIGN KEY ("delivery_id") REFERENCES "public"."klic_deliveries"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "klic_intakes" ADD CONSTRAINT "klic_intakes_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "klic_mail_settings" ADD CONSTRAINT "klic_mail_settings_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "klic_meldingen" ADD CONSTRAINT "klic_meldingen_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "klic_meldingen" ADD CONSTRAINT "klic_meldingen_project_id_projects_id_fk" FOREIGN KEY ("project_id") REFERENCES "public"."projects"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "projects" ADD CONSTRAINT "projects_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "projects" ADD CONSTRAINT "projects_region_id_regions_id_fk" FOREIGN KEY ("region_id") REFERENCES "public"."regions"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "klic_deliveries_organisation_sha_idx" ON "klic_deliveries" USING btree ("organisation_id","zip_sha256");--> statement-breakpoint
CREATE UNIQUE INDEX "klic_deliveries_melding_volgnummer_idx" ON "klic_deliveries" USING btree ("melding_id","volgnummer");--> statement-breakpoint
CREATE INDEX "klic_delivery_files_delivery_idx" ON "klic_delivery_files" USING btree ("delivery_id");--> statement-breakpoint
CREATE INDEX "klic_features_delivery_gml_idx" ON "klic_features" USING btree ("delivery_id","gml_id");--> statement-breakpoint
CREATE INDEX "klic_intakes_organisation_created_idx" ON "klic_intakes" USING btree ("organisation_id","created_at");--> statement-breakpoint
CREATE UNIQUE INDEX "klic_mail_settings_local_part_idx" ON "klic_mail_settings" USING btree ("intake_local_part");--> statement-breakpoint
CREATE UNIQUE INDEX "klic_meldingen_organisation_meldnummer_idx" ON "klic_meldingen" USING btree ("organisation_id","meldnummer");--> statement-breakpoint
CREATE INDEX "klic_meldingen_project_idx" ON "klic_meldingen" USING btree ("project_id");--> statement-breakpoint
CREATE INDEX "klic_meldingen_unlinked_idx" ON "klic_meldingen" USING btree ("organisation_id","referentie");--> statement-breakpoint
CREATE UNIQUE INDEX "projects_organisation_number_idx" ON "projects" USING btree ("organisation_id","number");--> statement-breakpoint
CREATE INDEX "projects_region_status_idx" ON "projects" USING btree ("region_id","status");