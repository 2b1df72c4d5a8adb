CREATE TABLE "market_listing_stats" (
	"service_id" text PRIMARY KEY NOT NULL,
	"sales_count" integer DEFAULT 0 NOT NULL,
	"rating_sum" integer DEFAULT 0 NOT NULL,
	"rating_count" integer DEFAULT 0 NOT NULL
);
--> statement-breakpoint
-- The figures so far live only on the listings: copy them over once.
INSERT INTO "market_listing_stats" ("service_id", "sales_count", "rating_sum", "rating_count")
SELECT "service_id", "sales_count", "rating_sum", "rating_count" FROM "market_listings";
