CREATE TABLE "market_listings" (
	"service_id" text PRIMARY KEY NOT NULL,
	"provider_id" text NOT NULL,
	"provider_name" text NOT NULL,
	"category_id" text NOT NULL,
	"category_name" text NOT NULL,
	"category_group" text NOT NULL,
	"service_type" text NOT NULL,
	"name" text NOT NULL,
	"short_description" text NOT NULL,
	"tags" text[] NOT NULL,
	"main_image_file_id" text,
	"min_price_fen" bigint NOT NULL,
	"has_trial" boolean NOT NULL,
	"frozen" boolean NOT NULL,
	"listed_at" timestamp with time zone NOT NULL,
	"sales_count" integer DEFAULT 0 NOT NULL,
	"rating_sum" integer DEFAULT 0 NOT NULL,
	"rating_count" integer DEFAULT 0 NOT NULL,
	"search_text" text NOT NULL,
	"search_tokens" text[] NOT NULL
);
--> statement-breakpoint
CREATE TABLE "market_state" (
	"id" integer PRIMARY KEY NOT NULL,
	"version" bigint NOT NULL
);
--> statement-breakpoint
CREATE INDEX "market_listings_tokens_idx" ON "market_listings" USING gin ("search_tokens");--> statement-breakpoint
CREATE INDEX "market_listings_newest_idx" ON "market_listings" USING btree ("listed_at" DESC NULLS LAST,"service_id" DESC NULLS LAST);--> statement-breakpoint
CREATE INDEX "market_listings_sales_idx" ON "market_listings" USING btree ("sales_count" DESC NULLS LAST,"service_id" DESC NULLS LAST);--> statement-breakpoint
CREATE INDEX "market_listings_rating_idx" ON "market_listings" USING btree (("rating_sum"::float8 / greatest("rating_count", 1)) desc,"service_id" DESC NULLS LAST);--> statement-breakpoint
CREATE INDEX "market_listings_category_newest_idx" ON "market_listings" USING btree ("category_id","listed_at" DESC NULLS LAST,"service_id" DESC NULLS LAST);--> statement-breakpoint
CREATE INDEX "market_listings_category_sales_idx" ON "market_listings" USING btree ("category_id","sales_count" DESC NULLS LAST,"service_id" DESC NULLS LAST);--> statement-breakpoint
CREATE INDEX "market_listings_group_idx" ON "market_listings" USING btree ("category_group","category_id");