CREATE TABLE "boot_steps" (
	"step" text PRIMARY KEY NOT NULL,
	"fingerprint" text NOT NULL,
	"done_at" timestamp with time zone NOT NULL
);
