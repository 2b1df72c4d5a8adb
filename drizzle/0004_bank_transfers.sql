CREATE TABLE "bank_credits" (
	"id" text PRIMARY KEY NOT NULL,
	"statement_id" text NOT NULL,
	"bank_txn_id" text NOT NULL,
	"value_date" text NOT NULL,
	"amount_fen" bigint NOT NULL,
	"payer_name" text NOT NULL,
	"payer_account" text NOT NULL,
	"memo" text NOT NULL,
	"state" text NOT NULL,
	"provider_id" text,
	"reason" text,
	"requested_by" text,
	"decided_by" text,
	"created_at" timestamp with time zone NOT NULL,
	CONSTRAINT "bank_credits_bank_txn_id_unique" UNIQUE("bank_txn_id")
);
--> statement-breakpoint
CREATE TABLE "bank_statements" (
	"id" text PRIMARY KEY NOT NULL,
	"file_name" text NOT NULL,
	"imported_by" text NOT NULL,
	"rows" bigint NOT NULL,
	"imported_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "remittance_refs" (
	"provider_id" text PRIMARY KEY NOT NULL,
	"code" text NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	CONSTRAINT "remittance_refs_code_unique" UNIQUE("code")
);
--> statement-breakpoint
CREATE INDEX "bank_credits_state_idx" ON "bank_credits" USING btree ("state");