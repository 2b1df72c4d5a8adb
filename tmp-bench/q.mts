import { openDatabase } from '../src/server/platform/db';
import { PgDialect } from 'drizzle-orm/pg-core';
import type { SQL } from 'drizzle-orm';
import { searchListings } from '../src/server/modules/market';
import { marketSearchQuerySchema } from '../src/contracts/market';
const db = process.argv[2];
const d = await openDatabase({ databaseUrl: `postgres://postgres@127.0.0.1:5432/${db}` });
const dialect = new PgDialect();
const qs = ['直播','客服','助手','erp','订单管家','货','智能客服','crm','店铺装修','达人推广'];
for (const [i, q] of qs.entries()) {
  const stmts: any[] = [];
  const ctx = { db: { execute: async (s: SQL) => { const t = performance.now(); const r = await d.db.execute(s); stmts.push([(performance.now()-t).toFixed(1), dialect.sqlToQuery(s)]); return r; } } } as any;
  for (let k = 0; k < 3; k++) { stmts.length = 0; await searchListings(ctx, marketSearchQuerySchema.parse({ q, ...(i % 2 ? { sort: 'sales' } : {}) })); }
  console.log(q, stmts.map((s) => s[0]).join(' / '));
}
await d.close();
