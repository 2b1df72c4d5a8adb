CREATE TABLE "service_images" (
	"file_id" text PRIMARY KEY NOT NULL,
	"provider_id" text NOT NULL,
	"format" text NOT NULL,
	"width" integer NOT NULL,
	"height" integer NOT NULL,
	"size" integer NOT NULL,
	"created_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "service_versions" (
	"id" text PRIMARY KEY NOT NULL,
	"service_id" text NOT NULL,
	"version" integer NOT NULL,
	"content" jsonb NOT NULL,
	"prechecks" jsonb NOT NULL,
	"submitted_by" text NOT NULL,
	"submitted_at" timestamp with time zone NOT NULL,
	"expected_by" text,
	"decision" text,
	"reason" text,
	"decided_by" text,
	"decided_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "services" (
	"id" text PRIMARY KEY NOT NULL,
	"provider_id" text NOT NULL,
	"account_id" text NOT NULL,
	"company_name" text NOT NULL,
	"category_id" text NOT NULL,
	"category_group" text NOT NULL,
	"category_name" text NOT NULL,
	"service_type" text NOT NULL,
	"app_id" text,
	"review" text NOT NULL,
	"listing" text NOT NULL,
	"draft" jsonb NOT NULL,
	"live_version_id" text,
	"pending_version_id" text,
	"latest_version" integer DEFAULT 0 NOT NULL,
	"submitted_at" timestamp with time zone,
	"expected_by" text,
	"listed_at" timestamp with time zone,
	"hidden" boolean DEFAULT false NOT NULL,
	"frozen" boolean DEFAULT false NOT NULL,
	"purged" boolean DEFAULT false NOT NULL,
	"listing_blocked" boolean DEFAULT false NOT NULL,
	"penalties" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"updated_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX "service_versions_idx" ON "service_versions" USING btree ("service_id","version");--> statement-breakpoint
CREATE INDEX "services_provider_idx" ON "services" USING btree ("provider_id","created_at");--> statement-breakpoint
CREATE INDEX "services_review_idx" ON "services" USING btree ("review","submitted_at");--> statement-breakpoint
CREATE INDEX "services_listing_idx" ON "services" USING btree ("listing");--> statement-breakpoint
CREATE UNIQUE INDEX "services_app_idx" ON "services" USING btree ("app_id") WHERE "services"."app_id" is not null and "services"."purged" = false and "services"."service_type" = 'tool';