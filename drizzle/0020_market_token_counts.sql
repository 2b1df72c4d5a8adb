CREATE TABLE "market_token_counts" (
	"token" text PRIMARY KEY NOT NULL,
	"listings" integer NOT NULL
);
--> statement-breakpoint
-- Each listing change moves the counts of the tokens it gained or lost, in the changing
-- transaction. Tokens are upserted in sorted order, so two transactions that share tokens lock
-- their rows in the same order and wait for each other instead of deadlocking.
CREATE FUNCTION market_token_counts_follow() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  before text[] := CASE WHEN TG_OP = 'INSERT' THEN '{}'::text[] ELSE OLD.search_tokens END;
  after text[] := CASE WHEN TG_OP = 'DELETE' THEN '{}'::text[] ELSE NEW.search_tokens END;
BEGIN
  INSERT INTO market_token_counts AS c (token, listings)
  SELECT token, sum(delta)::int FROM (
      SELECT t AS token, -1 AS delta FROM unnest(before) t WHERE NOT (t = ANY (after))
      UNION ALL
      SELECT t, 1 FROM unnest(after) t WHERE NOT (t = ANY (before))
    ) d
   GROUP BY token
   ORDER BY token
  ON CONFLICT (token) DO UPDATE SET listings = c.listings + excluded.listings;
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE TRIGGER market_token_counts_insert AFTER INSERT ON market_listings
  FOR EACH ROW EXECUTE FUNCTION market_token_counts_follow();
--> statement-breakpoint
CREATE TRIGGER market_token_counts_update AFTER UPDATE OF search_tokens ON market_listings
  FOR EACH ROW WHEN (OLD.search_tokens IS DISTINCT FROM NEW.search_tokens)
  EXECUTE FUNCTION market_token_counts_follow();
--> statement-breakpoint
CREATE TRIGGER market_token_counts_delete AFTER DELETE ON market_listings
  FOR EACH ROW EXECUTE FUNCTION market_token_counts_follow();
--> statement-breakpoint
INSERT INTO market_token_counts (token, listings)
SELECT t, count(*)::int FROM market_listings, unnest(search_tokens) t GROUP BY t;
