-- Market orders whose payment closed unpaid before the close handler existed stayed 'pending'
-- (the provider's list and the open API showed them so). Close them as the handler now does,
-- and give back the trial claims they held.
UPDATE "market_orders" o SET "state" = 'closed'
  FROM "payment_orders" p
 WHERE p."id" = o."payment_order_id" AND p."state" = 'closed' AND o."state" = 'pending';
--> statement-breakpoint
DELETE FROM "market_trials" t USING "market_orders" o
 WHERE o."id" = t."order_id" AND o."state" = 'closed' AND o."trial";
