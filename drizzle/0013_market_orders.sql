CREATE TABLE "market_notices" (
	"id" text PRIMARY KEY NOT NULL,
	"merchant_account_id" text NOT NULL,
	"subscription_id" text NOT NULL,
	"kind" text NOT NULL,
	"body" text NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"read_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "market_orders" (
	"id" text PRIMARY KEY NOT NULL,
	"merchant_account_id" text NOT NULL,
	"merchant_mobile" text NOT NULL,
	"provider_id" text NOT NULL,
	"service_id" text NOT NULL,
	"app_id" text,
	"service_name" text NOT NULL,
	"service_version" integer NOT NULL,
	"category_type" text NOT NULL,
	"category_name" text NOT NULL,
	"package_name" text NOT NULL,
	"version" text NOT NULL,
	"duration_days" integer NOT NULL,
	"price_fen" bigint NOT NULL,
	"trial" boolean NOT NULL,
	"kind" text NOT NULL,
	"forfeit_days" integer DEFAULT 0 NOT NULL,
	"commission_fen" bigint NOT NULL,
	"state" text NOT NULL,
	"payment_order_id" text,
	"subscription_id" text,
	"paid_at" timestamp with time zone,
	"refunded_at" timestamp with time zone,
	"created_at" timestamp with time zone NOT NULL,
	CONSTRAINT "market_orders_price_non_negative" CHECK ("market_orders"."price_fen" >= 0 and "market_orders"."commission_fen" >= 0)
);
--> statement-breakpoint
CREATE TABLE "market_ratings" (
	"id" text PRIMARY KEY NOT NULL,
	"subscription_id" text NOT NULL,
	"merchant_account_id" text NOT NULL,
	"service_id" text NOT NULL,
	"provider_id" text NOT NULL,
	"stars" integer NOT NULL,
	"body" text NOT NULL,
	"reply" text,
	"replied_at" timestamp with time zone,
	"hidden" boolean DEFAULT false NOT NULL,
	"hidden_reason" text,
	"created_at" timestamp with time zone NOT NULL,
	CONSTRAINT "market_ratings_subscription_id_unique" UNIQUE("subscription_id"),
	CONSTRAINT "market_ratings_stars" CHECK ("market_ratings"."stars" between 1 and 5)
);
--> statement-breakpoint
CREATE TABLE "market_subscriptions" (
	"id" text PRIMARY KEY NOT NULL,
	"merchant_account_id" text NOT NULL,
	"merchant_mobile" text NOT NULL,
	"provider_id" text NOT NULL,
	"service_id" text NOT NULL,
	"app_id" text,
	"service_name" text NOT NULL,
	"mode" text NOT NULL,
	"package_name" text,
	"version" text,
	"trial" boolean DEFAULT false NOT NULL,
	"state" text NOT NULL,
	"valid_from" timestamp with time zone NOT NULL,
	"valid_until" timestamp with time zone,
	"last_order_id" text,
	"reminded_at" timestamp with time zone,
	"expired_at" timestamp with time zone,
	"created_at" timestamp with time zone NOT NULL,
	"updated_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "market_trials" (
	"merchant_account_id" text NOT NULL,
	"service_id" text NOT NULL,
	"order_id" text NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	CONSTRAINT "market_trials_merchant_account_id_service_id_pk" PRIMARY KEY("merchant_account_id","service_id")
);
--> statement-breakpoint
CREATE INDEX "market_notices_merchant_idx" ON "market_notices" USING btree ("merchant_account_id","created_at");--> statement-breakpoint
CREATE UNIQUE INDEX "market_notices_once_idx" ON "market_notices" USING btree ("subscription_id","kind","body");--> statement-breakpoint
CREATE INDEX "market_orders_merchant_idx" ON "market_orders" USING btree ("merchant_account_id","created_at");--> statement-breakpoint
CREATE INDEX "market_orders_provider_idx" ON "market_orders" USING btree ("provider_id","created_at");--> statement-breakpoint
CREATE INDEX "market_orders_service_idx" ON "market_orders" USING btree ("service_id","created_at");--> statement-breakpoint
CREATE UNIQUE INDEX "market_orders_payment_idx" ON "market_orders" USING btree ("payment_order_id");--> statement-breakpoint
CREATE INDEX "market_ratings_service_idx" ON "market_ratings" USING btree ("service_id","created_at");--> statement-breakpoint
CREATE UNIQUE INDEX "market_subscriptions_one_idx" ON "market_subscriptions" USING btree ("merchant_account_id","service_id");--> statement-breakpoint
CREATE INDEX "market_subscriptions_provider_idx" ON "market_subscriptions" USING btree ("provider_id","created_at");--> statement-breakpoint
CREATE INDEX "market_subscriptions_due_idx" ON "market_subscriptions" USING btree ("state","valid_until");