-- The planner's estimate of how many listings hold a search token comes from the column's
-- most-common-elements statistics. With the default target (100) only the few hundred most
-- common tokens are tracked and every other one is guessed at about 1 %, so a count of "up to
-- 100" for a word in a quarter of the listings built a bitmap of every match (23k entries at
-- 100k listings) instead of reading the first few hundred rows. Up to 10 000 tracked tokens
-- (target 1000) covers a catalogue's vocabulary; ANALYZE samples 300 000 rows for it.
ALTER TABLE "market_listings" ALTER COLUMN "search_tokens" SET STATISTICS 1000;
