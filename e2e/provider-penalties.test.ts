import { describe, expect, it } from 'vitest';
import { listedToolService, toolDraft } from '../test/order-helpers';
import { onlineAppOf } from '../test/service-helpers';
import { newPage, opsSignIn, smsSignIn } from './harness';
import { e2eWithReceiver } from './launching-app';

const t = e2eWithReceiver('kuaishou', () => 302);

/** A second service of the provider, its draft complete and ready to submit. */
async function readyDraft(p: Awaited<ReturnType<typeof listedToolService>>) {
  const appId = await onlineAppOf(t.e, p.actor, `${t.cb.url}/oauth/callback`, '第二个应用');
  return toolDraft(t.e, p.actor, p.categoryId, appId, '云帆引流二号');
}

describe('provider-level penalties in the browser', () => {
  it('an operator freezes new publishing, the submission is refused with the reason, lifted it works', async () => {
    const mobile = '13599996001';
    const p = await listedToolService(t.e, mobile, `${t.cb.url}/oauth/callback`);
    const draftId = await readyDraft(p);

    const ops = (await newPage(t.e)).page;
    await opsSignIn(t.e, ops);
    await ops.goto(`/ops/services/${p.serviceId}`);
    await ops.getByTestId('ops-provider-penalty-kind').selectOption({ label: '冻结发布新服务' });
    await ops.getByTestId('ops-provider-penalty-reason').fill('资料待核实');
    await ops.getByTestId('ops-provider-penalty-apply').click();
    await expect.poll(() => ops.getByTestId('ops-provider-frozen').count()).toBe(1);

    const { page } = await newPage(t.e);
    await page.goto('/provider/login');
    await smsSignIn(t.e, page, mobile);
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
