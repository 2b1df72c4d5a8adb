import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { receiver } from '../test/apps-helpers';
import { signInAccount } from '../test/helpers';
import { buyAndPay, listedToolService } from '../test/order-helpers';
import { newPage, opsSignIn, startE2E, type E2E } from './harness';

let e: E2E;
let cb: Awaited<ReturnType<typeof receiver>>;
beforeAll(async () => {
  e = await startE2E('kuaishou');
  cb = await receiver(() => 200);
});
afterAll(async () => {
  await cb.close();
  await e.stop();
});

describe('operators hide an abusive rating in the browser (评价管理)', () => {
  it('lists the rating, refuses an empty reason, hides it and the service page stops showing it', async () => {
    const svc = await listedToolService(e, '13722220001', `${cb.url}/oauth/callback`);
    const m = await signInAccount(e, '13922220001', 'merchant');
    await buyAndPay(e, m, svc.serviceId, {
      packageName: '标准版',
      version: '标准版',
      durationDays: 31,
    });
    const subs = (await m.get('/api/market/my-services')).json().items;
    const rated = await m.post(`/api/market/subscriptions/${subs[0].id}/rating`, {
      stars: 1,
      body: '骗子服务商',
    });
    expect(rated.statusCode, rated.body).toBe(200);
    const ratingId = rated.json().id as string;

    const { page } = await newPage(e);
    await opsSignIn(e, page);
    await page.goto('/ops/ratings');
    await page.getByTestId(`ops-rating-hide-${ratingId}`).click();
    await page.getByRole('dialog').getByRole('button', { name: '隐藏评价' }).click();
    await expect
      .poll(() => page.getByText('请填写隐藏原因（至少 2 个字）').count())
      .toBeGreaterThan(0);
    await page.getByTestId('ops-rating-reason').fill('辱骂内容');
    await page.getByRole('dialog').getByRole('button', { name: '隐藏评价' }).click();
    await expect
      .poll(() => page.getByTestId(`ops-rating-hidden-${ratingId}`).textContent())
      .toBe('已隐藏：辱骂内容');

    const summary = (await m.get(`/api/market/services/${svc.serviceId}/ratings`)).json();
    expect(summary).toMatchObject({ count: 0, items: [] });
  });
});
