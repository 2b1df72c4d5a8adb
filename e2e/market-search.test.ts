import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newPage, startE2E, type E2E } from './harness';
import { insertListed, someCategories } from '../test/market-helpers';

let e: E2E;
let liveId: string;
beforeAll(async () => {
  e = await startE2E('kuaishou');
  const cats = await someCategories(e);
  const tool = cats.find((c) => c.type === 'tool')!;
  liveId = await insertListed(e, {
    name: '直播助手',
    tags: ['直播', '带货'],
    shortDescription: '直播间自动回复与弹幕管理',
    priceFen: 5000,
    category: tool,
    listedAt: new Date('2026-11-20T02:00:00Z'),
  });
}, 120_000);
afterAll(() => e.stop());

describe('market browse and search in the browser', () => {
  it('searches in Chinese from the market home, opens the result and sees its page', async () => {
    const { page } = await newPage(e);
    await page.goto('/market');
    // the home shows the listed services by category group
    await expect.poll(() => page.getByTestId(`market-result-${liveId}`).count()).toBe(1);
    const box = page.getByTestId('market-search-input').locator('input');
    await box.fill('助手');
    await box.press('Enter');
    await page.waitForURL((u) => u.pathname === '/market/search' && u.search.includes('q='));
    await expect
      .poll(() => page.getByTestId('market-result-total').textContent())
      .toContain('共 1 个服务');
    const names = await page.getByTestId('market-result-name').allTextContents();
    expect(names).toEqual(['直播助手']);
    // the demo service (云帆旗舰店装修) does not match 助手
    await page.getByTestId(`market-result-${liveId}`).click();
    await page.waitForURL((u) => u.pathname === `/market/services/${liveId}`);
    await expect.poll(() => page.getByTestId('market-service-name').textContent()).toBe('直播助手');

    // a query with no match says so
    await page.goto('/market/search?q=%E4%B8%8D%E5%AD%98%E5%9C%A8');
    await expect
      .poll(() => page.getByTestId('market-result-total').textContent())
      .toContain('共 0 个服务');
  });
});
