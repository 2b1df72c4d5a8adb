import fs from 'node:fs';
import path from 'node:path';
import { sql } from '../src/server/platform/db';
import { DEMO_PNG } from '../src/server/flows/demo-assets';
import type { Actor } from '../src/server/platform/context';
import { signInOperator, type Agent, type TestEnv } from './helpers';
import { multipart, providerWithDraft } from './onboarding-helpers';
import { buildPdf } from './doc-builders';

/** A provider whose onboarding an operator approved; `company` overrides the onboarding facts. */
export async function approvedProvider(
  env: TestEnv,
  mobile: string,
  seq: string,
  company: Record<string, unknown> = {},
) {
  const { agent } = await providerWithDraft(env, mobile, seq);
  if (Object.keys(company).length) {
    const d = await agent.put('/api/provider/onboarding/draft', company);
    if (d.statusCode !== 200) throw new Error(d.body);
  }
  const sub = await agent.post('/api/provider/onboarding/submit');
  if (sub.statusCode !== 200) throw new Error(sub.body);
  if (sub.json().state !== 'approved') {
    const op = await signInOperator(env);
    const id = (await agent.get('/api/provider/onboarding')).json().application.id;
    const ok = await op.post(`/api/ops/onboarding/${id}/approve`);
    if (ok.statusCode !== 200) throw new Error(ok.body);
  }
  const [row] = await env.ctx.database.rows<{ account_id: string; id: string }>(
    sql`select p.account_id, p.id from providers p join accounts a on a.id = p.account_id where a.mobile = ${mobile}`,
  );
  const actor: Actor = { kind: 'provider', accountId: row.account_id, mobile };
  return { agent, actor, providerId: row.id };
}

export async function upload(
  agent: Agent,
  url: string,
  filename: string,
  bytes: Buffer,
  mime = 'application/octet-stream',
) {
  return agent.request({ method: 'POST', url, ...multipart('file', filename, bytes, mime) });
}

/** Uploads a qualification material and returns its id (throws when refused). */
export async function uploadMaterial(
  agent: Agent,
  kind: 'screenshot' | 'document' | 'deck',
  bytes: Buffer = kind === 'screenshot' ? DEMO_PNG : buildPdf(),
  filename = kind === 'screenshot' ? 'shot.png' : 'deck.pdf',
) {
  const res = await upload(agent, `/api/provider/qualifications/files/${kind}`, filename, bytes);
  if (res.statusCode !== 200) throw new Error(res.body);
  return res.json().id as string;
}

/** Complete 陪跑运营 materials: three proofs (one anchor over 100,000 yuan), profile, deck, a case. */
export async function incubationMaterials(agent: Agent, anchorGmv = 150_000) {
  const shots = [
    await uploadMaterial(agent, 'screenshot'),
    await uploadMaterial(agent, 'screenshot'),
    await uploadMaterial(agent, 'screenshot'),
  ];
  return {
    incubationProofs: [
      {
        name: '义乌小商品旗舰店',
        kind: 'merchant',
        monthlyGmvYuan: 80_000,
        screenshotFileId: shots[0],
      },
      { name: '主播小王', kind: 'anchor', monthlyGmvYuan: anchorGmv, screenshotFileId: shots[1] },
      { name: '临沂服饰店', kind: 'merchant', monthlyGmvYuan: 50_000, screenshotFileId: shots[2] },
    ],
    companyProfile: {
      capability: '产业带商家批量招商与孵化',
      team: '运营 20 人，主播经纪 5 人',
      cases: '半年孵化 30 家新商',
      strengths: '深耕义乌、临沂产业带',
    },
    deckFileId: await uploadMaterial(agent, 'deck'),
    caseStudies: [{ title: '义乌产业带孵化', description: '3 个月 GMV 从 0 到 50 万' }],
  };
}

export async function categoryId(env: TestEnv, group: string, name: string, platform = 'kuaishou') {
  const [row] = await env.ctx.database.rows<{ id: string }>(
    sql`select id from categories where platform = ${platform} and group_name = ${group} and name = ${name}`,
  );
  return row.id;
}

export const count = async (env: TestEnv, table: string) =>
  (
    await env.ctx.database.rows<{ n: number }>(sql.raw(`select count(*)::int as n from ${table}`))
  )[0].n;

export function storedFiles(env: TestEnv): number {
  const walk = (d: string): number =>
    fs.existsSync(d)
      ? fs
          .readdirSync(d, { withFileTypes: true })
          .reduce((n, e) => n + (e.isDirectory() ? walk(path.join(d, e.name)) : 1), 0)
      : 0;
  return walk(path.join(env.ctx.config.dataDir, 'files'));
}
