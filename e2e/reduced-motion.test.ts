import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { newPage, opsSignIn, startE2E, type E2E } from './harness';

let e: E2E;
beforeAll(async () => {
  e = await startE2E('kuaishou');
});
afterAll(() => e.stop());

/**
 * Opens the new-category dialog and says whether antd's zoom ran on the way in: its active step
 * (`ant-zoom-appear-active`). Without motion the dialog still passes a prepare step, where it
 * measures where to grow from, so that class alone says nothing.
 */
async function dialogZoomed(page: Page): Promise<boolean> {
  await page.goto('/ops/categories');
  await page.getByTestId('category-new').waitFor();
  await page.evaluate(() => {
    const seen = { zoom: false };
    (window as unknown as { seen: typeof seen }).seen = seen;
    const active = '[class*="ant-zoom-appear-active"], [class*="ant-zoom-enter-active"]';
    const zooming = (n: Node) =>
      n instanceof Element && (n.matches(active) || !!n.querySelector(active));
    new MutationObserver((records) => {
      for (const r of records) {
        if (zooming(r.target) || [...r.addedNodes].some(zooming)) seen.zoom = true;
      }
    }).observe(document.body, {
      subtree: true,
      childList: true,
      attributes: true,
      attributeFilter: ['class'],
    });
  });
  await page.getByTestId('category-new').click();
  await page.getByTestId('category-group').waitFor();
  await page.waitForTimeout(500);
  return page.evaluate(() => (window as unknown as { seen: { zoom: boolean } }).seen.zoom);
}

describe('motion follows the system setting (prefers-reduced-motion)', () => {
  it('zooms the dialog in by default and shows it still for a user who asks for less motion', async () => {
    const moving = await newPage(e, { reducedMotion: 'no-preference' });
    await opsSignIn(e, moving.page);
    expect(await dialogZoomed(moving.page)).toBe(true);

    const still = await newPage(e, { storageState: await moving.context.storageState() });
    expect(await dialogZoomed(still.page)).toBe(false);
    expect(await still.page.getByTestId('category-group').isVisible()).toBe(true);
  });
});
