import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PNG } from '../src/server/flows/demo-assets';
import { createTestEnv, type TestEnv } from './helpers';
import { approvedProvider, count, storedFiles, upload } from './qualification-helpers';
import { buildPdf, buildPptx, pdfWithHiddenJs, pdfWithOpenActionJs } from './doc-builders';

let env: TestEnv;
let agent: Awaited<ReturnType<typeof approvedProvider>>['agent'];
beforeAll(async () => {
  env = await createTestEnv();
  agent = (await approvedProvider(env, '13566661001', 'QF0001')).agent;
});
afterAll(() => env.close());

const deck = (name: string, bytes: Buffer) =>
  upload(agent, '/api/provider/qualifications/files/deck', name, bytes);

/** Runs an upload that must be refused and checks that nothing was stored. */
async function refused(name: string, bytes: Buffer) {
  const files = storedFiles(env);
  const rows = await count(env, 'files');
  const res = await deck(name, bytes);
  expect(res.statusCode).toBe(415);
  expect(storedFiles(env)).toBe(files);
  expect(await count(env, 'files')).toBe(rows);
  return res.json();
}

describe('every upload route reads its file the same way', () => {
  it('answers a request without a file with FILES.EMPTY on the file field', async () => {
    for (const url of [
      '/api/provider/onboarding/licence',
      '/api/provider/apps/logo',
      '/api/provider/services/images?role=main',
      '/api/provider/qualifications/files/deck',
    ]) {
      const res = await agent.post(url, {});
      expect(res.statusCode, url).toBe(400);
      expect(res.json(), url).toMatchObject({
        code: 'FILES.EMPTY',
        fields: { file: '请选择要上传的文件' },
      });
    }
  });
});

describe('company deck (PDF or PPT), sniffed by content', () => {
  it('accepts a clean PDF and a clean PPTX', async () => {
    const pdf = await deck('deck.pdf', buildPdf());
    expect(pdf.statusCode).toBe(200);
    expect(pdf.json().mime).toBe('application/pdf');
    const pptx = await deck('deck.pptx', buildPptx('clean'));
    expect(pptx.statusCode).toBe(200);
    expect(pptx.json().mime).toBe(
      'application/vnd.openxmlformats-officedocument.presentationml.presentation',
    );
  });

  it('refuses a macro-enabled .pptm (macro content type and ppt/vbaProject.bin)', async () => {
    const body = await refused('deck.pptm', buildPptx('pptm'));
    expect(body.code).toBe('FILES.MACRO_NOT_ALLOWED');
    expect(body.message).toContain('宏');
    expect(body.fields.file).toContain('不含宏');
  });

  it('refuses a .pptx that hides a VBA project, even under an innocent name', async () => {
    const body = await refused('deck.pptx', buildPptx('hidden-vba'));
    expect(body.code).toBe('FILES.MACRO_NOT_ALLOWED');
  });

  it('refuses a PDF whose /OpenAction runs JavaScript, in both languages', async () => {
    const body = await refused('deck.pdf', pdfWithOpenActionJs());
    expect(body.code).toBe('FILES.SCRIPT_NOT_ALLOWED');
    expect(body.message).toContain('JavaScript');
    agent.lang = 'en-US';
    const en = await refused('deck.pdf', pdfWithOpenActionJs());
    expect(en.message).toContain('contains JavaScript');
    agent.lang = 'zh-CN';
  });

  it('refuses JavaScript hidden in a compressed object stream under an escaped name', async () => {
    const body = await refused('deck.pdf', pdfWithHiddenJs());
    expect(body.code).toBe('FILES.SCRIPT_NOT_ALLOWED');
  });

  it('refuses a PNG as a deck, naming what is allowed', async () => {
    const body = await refused('deck.pdf', DEMO_PNG);
    expect(body.code).toBe('FILES.TYPE_NOT_ALLOWED');
    expect(body.fields.file).toContain('PDF, PPTX');
  });
});
