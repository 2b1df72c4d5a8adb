import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newPage, opsSignIn, startE2E, type E2E } from './harness';

let e: E2E;
beforeAll(async () => {
  e = await startE2E('kuaishou');
});
afterAll(() => e.stop());

describe('operators keep the working-day calendar in the browser (工作日历)', () => {
  it('picks a year, adds a holiday with the date input, saves it and sees it after a reload', async () => {
    const { page } = await newPage(e);
    await opsSignIn(e, page);
    await page.goto('/ops/calendar');
    const year = new Date().getFullYear() + 2;
    await page.getByTestId('calendar-year').selectOption(String(year));
    await page.waitForURL((u) => u.searchParams.get('year') === String(year));

    const dates = page.getByTestId('calendar-table').locator('input[type="date"]');
    await page.getByTestId('calendar-add').click();
    const last = (await dates.count()) - 1;
    // Dates outside the year are refused by the input's bounds.
    expect(await dates.nth(last).getAttribute('min')).toBe(`${year}-01-01`);
    expect(await dates.nth(last).getAttribute('max')).toBe(`${year}-12-31`);
    await dates.nth(last).fill(`${year}-10-09`);
    await page.getByTestId('calendar-table').getByLabel('类型').nth(last).selectOption('workday');
    await page
      .getByTestId('calendar-table')
      .getByPlaceholder('如：春节')
      .nth(last)
      .fill('端到端调休');
    await page.getByTestId('calendar-save').click();
    await expect.poll(() => page.getByText('工作日历已保存').count()).toBeGreaterThan(0);

    await page.reload();
    const values = () =>
      dates.evaluateAll((els) => els.map((el) => (el as HTMLInputElement).value));
    await expect.poll(async () => (await values()).includes(`${year}-10-09`)).toBe(true);
    const at = (await values()).indexOf(`${year}-10-09`);
    const table = page.getByTestId('calendar-table');
    expect(await table.getByLabel('类型').nth(at).inputValue()).toBe('workday');
    expect(await table.getByPlaceholder('如：春节').nth(at).inputValue()).toBe('端到端调休');
  });
});
