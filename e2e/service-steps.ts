import type { Page } from 'playwright-core';

/** Picks an option and checks the select shows it: under load a click can land mid-animation. */
export async function pick(page: Page, testId: string, option: string) {
  const select = page.getByTestId(testId);
  for (let attempt = 0; attempt < 3; attempt++) {
    await select.click();
    await page
      .locator('.ant-select-item-option', { hasText: option })
      .filter({ visible: true })
      .first()
      .click();
    const shown = async () => (await select.textContent())?.includes(option) ?? false;
    for (let i = 0; i < 10 && !(await shown()); i++) await page.waitForTimeout(100);
    if (await shown()) return;
    await page.keyboard.press('Escape');
  }
  throw new Error(`could not pick ${option} in ${testId}`);
}

export async function addTags(page: Page, tags: string[]) {
  await page.getByTestId('service-tags').click();
  for (const tag of tags) {
    await page.keyboard.type(tag);
    await page.keyboard.press('Enter');
  }
  await page.keyboard.press('Escape');
}
