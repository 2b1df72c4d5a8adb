import pg from 'pg';
const qs = ['直播','客服','助手','erp','订单管家','货','智能客服','crm','店铺装修','达人推广'];
for (const db of ['fuwu_bench_mkt_01', 'fuwu_bench_mkt_1']) {
  const c = new pg.Client({ connectionString: `postgres://postgres@127.0.0.1:5432/${db}` });
  await c.connect();
  const med = async (sql: string, params: unknown[]) => { const t: number[] = []; for (let i = 0; i < 9; i++) { const s = performance.now(); await c.query(sql, params); t.push(performance.now() - s); } return t.sort((a, b) => a - b)[4]; };
  const tot: Record<string, number> = { page: 0, c100: 0, c1000: 0 };
  for (const q of qs) {
    const tokens = q.length <= 2 || /^[a-z]+$/.test(q) ? [q] : [...q].slice(0, -1).map((ch, i) => ch + q[i + 1]);
    const pat = q.length > 2 && !/^[a-z]+$/.test(q) ? ` and search_text like all (array['%${q}%'])` : '';
    const where = `search_tokens @> $1::text[]${pat}`;
    const page = await med(`select * from market_listings where ${where} order by sales_count desc nulls last, service_id desc nulls last limit 21`, [tokens]);
    const c100 = await med(`select count(*) from (select 1 from market_listings where ${where} limit 101) x`, [tokens]);
    const c1000 = await med(`select count(*) from (select 1 from market_listings where ${where} limit 1001) x`, [tokens]);
    tot.page += page; tot.c100 += c100; tot.c1000 += c1000;
  }
  console.log(db, Object.entries(tot).map(([k, v]) => `${k} ${v.toFixed(1)} ms`).join('  '));
  await c.end();
}
