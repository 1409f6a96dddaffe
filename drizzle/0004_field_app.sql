CREATE TABLE "field_aborts" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organisation_id" text NOT NULL,
	"melding_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"reason" text NOT NULL,
	"note" text DEFAULT '' NOT NULL,
	"recorded_at" timestamp with time zone NOT NULL,
	"recorded_by" text,
	"idempotency_key" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "field_registration_photos" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organisation_id" text NOT NULL,
	"registration_id" uuid NOT NULL,
	"blob_key" text NOT NULL,
	"media_type" text NOT NULL,
	"size" integer NOT NULL,
	"idempotency_key" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "field_aborts" ADD CONSTRAINT "field_aborts_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "field_aborts" ADD CONSTRAINT "field_aborts_melding_id_klic_meldingen_id_fk" FOREIGN KEY ("melding_id") REFERENCES "public"."klic_meldingen"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "field_aborts" ADD CONSTRAINT "field_aborts_recorded_by_users_id_fk" FOREIGN KEY ("recorded_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "field_registration_photos" ADD CONSTRAINT "field_registration_photos_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "field_registration_photos" ADD CONSTRAINT "field_registration_photos_registration_id_field_registrations_id_fk" FOREIGN KEY ("registration_id") REFERENCES "public"."field_registrations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "field_aborts_idempotency_idx" ON "field_aborts" USING btree ("organisation_id","idempotency_key");--> statement-breakpoint
CREATE INDEX "field_aborts_melding_idx" ON "field_aborts" USING btree ("melding_id");--> statement-breakpoint
CREATE UNIQUE INDEX "field_registration_photos_idempotency_idx" ON "field_registration_photos" USING btree ("organisation_id","idempotency_key");--> statement-breakpoint
CREATE INDEX "field_registration_photos_registration_idx" ON "field_registration_photos" USING btree ("registration_id");