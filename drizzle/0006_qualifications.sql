CREATE TABLE "certification_codes" (
	"id" text PRIMARY KEY NOT NULL,
	"provider_id" text NOT NULL,
	"mobile" text NOT NULL,
	"code_hash" text NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"expires_at" timestamp with time zone NOT NULL,
	"attempts" integer DEFAULT 0 NOT NULL,
	"used_at" timestamp with time zone,
	"burned_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "certification_versions" (
	"id" text PRIMARY KEY NOT NULL,
	"certification_id" text NOT NULL,
	"version" integer NOT NULL,
	"method" text NOT NULL,
	"data" jsonb NOT NULL,
	"submitted_at" timestamp with time zone NOT NULL,
	"decision" text,
	"reason" text,
	"decided_by" text,
	"decided_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "certifications" (
	"id" text PRIMARY KEY NOT NULL,
	"provider_id" text NOT NULL,
	"account_id" text NOT NULL,
	"company_name" text NOT NULL,
	"state" text NOT NULL,
	"method" text NOT NULL,
	"current_version" integer DEFAULT 0 NOT NULL,
	"submitted_at" timestamp with time zone,
	"expected_by" text,
	"decided_at" timestamp with time zone,
	"reason" text,
	"updated_at" timestamp with time zone NOT NULL,
	CONSTRAINT "certifications_provider_id_unique" UNIQUE("provider_id")
);
--> statement-breakpoint
CREATE TABLE "qualification_applications" (
	"id" text PRIMARY KEY NOT NULL,
	"provider_id" text NOT NULL,
	"account_id" text NOT NULL,
	"company_name" text NOT NULL,
	"category_id" text NOT NULL,
	"category_group" text NOT NULL,
	"category_name" text NOT NULL,
	"service_type" text NOT NULL,
	"state" text NOT NULL,
	"draft" jsonb NOT NULL,
	"current_version" integer DEFAULT 0 NOT NULL,
	"submitted_at" timestamp with time zone,
	"expected_from" text,
	"expected_by" text,
	"decided_at" timestamp with time zone,
	"reason" text,
	"created_at" timestamp with time zone NOT NULL,
	"updated_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "qualification_versions" (
	"id" text PRIMARY KEY NOT NULL,
	"application_id" text NOT NULL,
	"version" integer NOT NULL,
	"requirements" jsonb NOT NULL,
	"materials" jsonb NOT NULL,
	"submitted_at" timestamp with time zone NOT NULL,
	"decision" text,
	"reason" text,
	"decided_by" text,
	"decided_at" timestamp with time zone
);
--> statement-breakpoint
ALTER TABLE "categories" ADD COLUMN "proof_kind" text;--> statement-breakpoint
ALTER TABLE "categories" ADD COLUMN "updated_at" timestamp with time zone;--> statement-breakpoint
CREATE INDEX "certification_codes_provider_idx" ON "certification_codes" USING btree ("provider_id","created_at");--> statement-breakpoint
CREATE UNIQUE INDEX "certification_versions_idx" ON "certification_versions" USING btree ("certification_id","version");--> statement-breakpoint
CREATE INDEX "certifications_state_idx" ON "certifications" USING btree ("state","submitted_at");--> statement-breakpoint
CREATE UNIQUE INDEX "qualification_live_idx" ON "qualification_applications" USING btree ("provider_id","category_id") WHERE "qualification_applications"."state" <> 'withdrawn';--> statement-breakpoint
CREATE INDEX "qualification_state_idx" ON "qualification_applications" USING btree ("state","submitted_at");--> statement-breakpoint
CREATE INDEX "qualification_provider_idx" ON "qualification_applications" USING btree ("provider_id");--> statement-breakpoint
CREATE UNIQUE INDEX "qualification_versions_app_idx" ON "qualification_versions" USING btree ("application_id","version");