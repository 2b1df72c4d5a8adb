DROP INDEX "qualification_live_idx";--> statement-breakpoint
ALTER TABLE "providers" ADD COLUMN "publishing_frozen" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "providers" ADD COLUMN "expelled" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "providers" ADD COLUMN "penalties" jsonb DEFAULT '[]'::jsonb NOT NULL;--> statement-breakpoint
CREATE UNIQUE INDEX "qualification_live_idx" ON "qualification_applications" USING btree ("provider_id","category_id") WHERE "qualification_applications"."state" not in ('withdrawn', 'revoked');