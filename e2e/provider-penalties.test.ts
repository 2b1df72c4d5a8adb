import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { solidJpeg } from '../src/server/flows/demo-assets';
import * as services from '../src/server/modules/services';
import { receiver } from '../test/apps-helpers';
import { listedToolService, PACKAGES } from '../test/order-helpers';
import { onlineAppOf } from '../test/service-helpers';
import { newPage, opsSignIn, smsSignIn, startE2E, type E2E } from './harness';

let e: E2E;
let cb: Awaited<ReturnType<typeof receiver>>;

beforeAll(async () => {
  e = await startE2E('kuaishou');
  cb = await receiver(() => 302);
});
afterAll(async () => {
  await cb.close();
  await e.stop();
});

/** A second service of the provider, its draft complete and ready to submit. */
async function readyDraft(p: Awaited<ReturnType<typeof listedToolService>>) {
  const appId = await onlineAppOf(e, p.actor, `${cb.url}/oauth/callback`, '第二个应用');
  const created = await services.createService(e.ctx, p.actor, { categoryId: p.categoryId, appId });
  const main = await services.uploadImage(
    e.ctx,
    p.actor,
    'main',
    { filename: 'm.jpg', bytes: solidJpeg(600, 600, [22, 119, 255]) },
    'zh-CN',
  );
  await services.saveDraft(e.ctx, p.actor, created.id, {
    appId,
    content: {
      classification: '引流工具',
      name: '云帆引流二号',
      shortDescription: '自动引流，提升店铺流量',
      descriptionHtml: '<p>引流</p>',
      mainImageFileId: main.id,
      galleryFileIds: [],
      tags: ['引流', '流量', '工具'],
      packages: PACKAGES,
    },
  });
  return created.id as string;
}

describe('provider-level penalties in the browser', () => {
  it('an operator freezes new publishing, the submission is refused with the reason, lifted it works', async () => {
    const mobile = '13599996001';
    const p = await listedToolService(e, mobile, `${cb.url}/oauth/callback`);
    const draftId = await readyDraft(p);

    const ops = (await newPage(e)).page;
    await opsSignIn(e, ops);
    await ops.goto(`/ops/services/${p.serviceId}`);
    await ops.getByTestId('ops-provider-penalty-kind').selectOption({ label: '冻结发布新服务' });
    await ops.getByTestId('ops-provider-penalty-reason').fill('资料待核实');
    await ops.getByTestId('ops-provider-penalty-apply').click();
    await expect.poll(() => ops.getByTestId('ops-provider-frozen').count()).toBe(1);

    const { page } = await newPage(e);
    await page.goto('/provider/login');
    await smsSignIn(e, page, mobile);
    await page.goto('/provider/services');
    await expect
      .poll(() => page.getByTestId('provider-standing-freeze_publishing').textContent())
      .toContain('资料待核实');
    await page.goto(`/provider/services/${draftId}`);
    await page.getByTestId('service-submit').click();
    await expect
      .poll(() => page.getByTestId('service-form-error').textContent())
      .toContain('您的发布权限已被平台冻结（原因：资料待核实）');

    await ops.getByTestId('ops-provider-lift-reason').fill('资料已核实');
    await ops.getByTestId('ops-provider-lift').click();
    await expect.poll(() => ops.getByTestId('ops-provider-frozen').count()).toBe(0);
    expect(await ops.getByTestId('provider-penalty-history').textContent()).toContain('资料已核实');

    await page.getByTestId('service-submit').click();
    await expect.poll(() => page.getByTestId('service-in-review').count()).toBe(1);
  });
});
