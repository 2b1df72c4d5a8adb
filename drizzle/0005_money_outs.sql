CREATE TABLE "money_outs" (
	"id" text PRIMARY KEY NOT NULL,
	"kind" text NOT NULL,
	"provider_id" text NOT NULL,
	"amount_fen" bigint NOT NULL,
	"from_held_fen" bigint DEFAULT 0 NOT NULL,
	"state" text NOT NULL,
	"rule" text,
	"reason" text NOT NULL,
	"requested_by" text NOT NULL,
	"first_approved_by" text,
	"second_approved_by" text,
	"rejected_by" text,
	"created_at" timestamp with time zone NOT NULL,
	"decided_at" timestamp with time zone
);
--> statement-breakpoint
CREATE INDEX "money_outs_state_idx" ON "money_outs" USING btree ("state");--> statement-breakpoint
CREATE INDEX "money_outs_provider_idx" ON "money_outs" USING btree ("provider_id");