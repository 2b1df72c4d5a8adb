import autocannon from 'autocannon';
import Fastify from 'fastify';
import http from 'node:http';
import { loadConfig } from '../src/server/config';
import { makeContext } from '../src/server/bootstrap';
import { openDatabase } from '../src/server/platform/db';
import { buildApp } from '../src/server/app';
const url = 'postgres://postgres@127.0.0.1:5432/fuwu_bench_mkt_01';
const config = loadConfig({ ...process.env, DATABASE_URL: url, FUWU_SEED_DEMO: 'false', FUWU_LOG_LEVEL: 'silent' });
const database = await openDatabase({ databaseUrl: url, poolSize: 10 });
const app = await buildApp(makeContext(config, database), { logger: true });
await app.listen({ port: 0, host: '127.0.0.1' });
const port = (app.server.address() as any).port;
const body = await (await fetch(`http://127.0.0.1:${port}/api/market/home`)).text();
console.log('home bytes', body.length);
const bare = Fastify();
bare.get('/api/market/home', (_q, r) => r.type('application/json').send(body));
await bare.listen({ port: 0, host: '127.0.0.1' });
const nh = http.createServer((_q, r) => { r.writeHead(200, { 'content-type': 'application/json; charset=utf-8' }); r.end(body); });
await new Promise<void>((r) => nh.listen(0, '127.0.0.1', r));
const ports: Record<string, number> = { ours: port, fastify: (bare.server.address() as any).port, nodehttp: (nh.address() as any).port };
for (let round = 0; round < 2; round++)
  for (const [k, p] of Object.entries(ports)) {
    const r = await autocannon({ url: `http://127.0.0.1:${p}/api/market/home`, connections: 50, duration: 4 });
    console.log(k.padEnd(9), r.requests.average.toFixed(0).padStart(6), 'req/s p99', r.latency.p99);
  }
process.exit(0);
