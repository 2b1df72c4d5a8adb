import { makeCreditCode, makeIdNumber } from '../src/contracts/validators';
import { DEMO_PNG } from '../src/server/flows/demo-assets';
import { AGREEMENTS } from '../src/server/modules/onboarding';
import { Agent, signInAccount, type TestEnv } from './helpers';

export function multipart(
  field: string,
  filename: string,
  bytes: Buffer,
  mime = 'application/octet-stream',
) {
  const boundary = `----fuwu${Math.random().toString(16).slice(2)}`;
  const head = Buffer.from(
    `--${boundary}\r\nContent-Disposition: form-data; name="${field}"; filename="${filename}"\r\nContent-Type: ${mime}\r\n\r\n`,
  );
  const tail = Buffer.from(`\r\n--${boundary}--\r\n`);
  return {
    payload: Buffer.concat([head, bytes, tail]),
    headers: { 'content-type': `multipart/form-data; boundary=${boundary}` },
  };
}

export async function uploadLicence(
  agent: Agent,
  filename: string,
  bytes: Buffer,
  mime = 'image/png',
) {
  const m = multipart('file', filename, bytes, mime);
  return agent.request({ method: 'POST', url: '/api/provider/onboarding/licence', ...m });
}

export function validFields(seq: string, licenceFileId: string) {
  return {
    companyName: `测试样例科技有限公司${seq}`,
    creditCode: makeCreditCode(`91330100MA2${seq}`),
    companyType: 'limited_liability',
    registeredCapitalWan: 300,
    establishedOn: '2019-03-15',
    staffSize: 30,
    address: '浙江省杭州市余杭区文一西路 969 号',
    legalRepName: '陈晓明',
    legalRepIdNumber: makeIdNumber('11010519900307123'),
    contactName: '赵敏',
    contactMobile: '13700000001',
    contactEmail: 'contact@example.com',
    licenceFileId,
  };
}

/** A provider with agreements accepted, eligibility passed and a complete, valid draft. */
export async function providerWithDraft(env: TestEnv, mobile: string, seq: string) {
  const agent = await signInAccount(env, mobile, 'provider');
  const acc = await agent.post('/api/provider/onboarding/agreements', {
    accept: AGREEMENTS.map((a) => ({ code: a.code, version: a.version })),
  });
  if (acc.statusCode !== 200) throw new Error(acc.body);
  const el = await agent.post('/api/provider/onboarding/eligibility', { entityType: 'enterprise' });
  if (el.statusCode !== 200) throw new Error(el.body);
  const up = await uploadLicence(agent, 'licence.png', DEMO_PNG);
  if (up.statusCode !== 200) throw new Error(up.body);
  const fields = validFields(seq, up.json().id);
  const d = await agent.put('/api/provider/onboarding/draft', fields);
  if (d.statusCode !== 200) throw new Error(d.body);
  return { agent, fields, licenceId: up.json().id as string };
}
