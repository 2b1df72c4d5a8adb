import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newPage, opsSignIn, startE2E, type E2E } from './harness';

let e: E2E;
beforeAll(async () => {
  e = await startE2E('kuaishou');
});
afterAll(() => e.stop());

type Policy = {
  forbiddenWords: string[];
  serviceTypes: string[];
  onboardingResultChannel: 'sms' | 'email';
  onboardingReviewDaysMax: number;
  depositOrderMinutes: number;
};

describe('operators edit the market policy in the browser (市场策略)', () => {
  it('adds and removes words with the keyboard, ticks a service type, picks a channel, bounds numbers, saves', async () => {
    const { page } = await newPage(e);
    await opsSignIn(e, page);
    const read = async () => (await (await page.request.get('/api/ops/policy')).json()) as Policy;
    const before = await read();
    await page.goto('/ops/policy');
    await page.getByTestId('policy-preset').waitFor();

    // Tags: Enter adds, a separator adds, leaving the box adds what was typed, × and
    // Backspace remove; the words already in the policy are shown as tags.
    const words = page.getByTestId('policy-forbiddenWords');
    for (const w of before.forbiddenWords) expect(await words.textContent()).toContain(w);
    const box = page.getByRole('textbox', { name: '违禁词' });
    await box.click();
    await page.keyboard.type('端到端甲');
    await page.keyboard.press('Enter');
    await page.keyboard.type('端到端乙，端到端丙，端到端丁');
    expect(await box.inputValue()).toBe('端到端丁');
    await page.keyboard.press('Tab');
    expect(await box.inputValue()).toBe('');
    await words.getByRole('button', { name: '删除“端到端乙”' }).click();
    await box.focus();
    await page.keyboard.press('Backspace'); // the last word, 端到端丁
    const shown = await words.locator('.fuwu-tags-item').allTextContents();
    expect(shown.map((s) => s.replace('×', ''))).toEqual([
      ...before.forbiddenWords,
      '端到端甲',
      '端到端丙',
    ]);

    // Multiple choice: a checkbox per service type, toggled with the space bar.
    const operation = page.getByTestId('policy-serviceTypes').getByLabel('运营型');
    const wasOn = await operation.isChecked();
    await operation.focus();
    await page.keyboard.press('Space');
    expect(await operation.isChecked()).toBe(!wasOn);

    // Single choice: the browser's select.
    const channel = before.onboardingResultChannel === 'sms' ? 'email' : 'sms';
    await page.getByTestId('policy-onboardingResultChannel').selectOption(channel);

    // Numbers: leaving the box rounds to whole numbers and keeps them within the bounds.
    const daysMax = page.getByTestId('policy-onboardingReviewDaysMax');
    await daysMax.fill('99');
    await daysMax.press('Tab');
    expect(await daysMax.inputValue()).toBe('60');
    const minutes = page.getByTestId('policy-depositOrderMinutes');
    await minutes.fill('30.4');
    await minutes.press('Tab');
    expect(await minutes.inputValue()).toBe('30');

    await page.getByTestId('policy-save').click();
    await expect.poll(() => page.getByText('市场策略已保存').count()).toBeGreaterThan(0);
    const after = await read();
    expect(after.forbiddenWords).toEqual([...before.forbiddenWords, '端到端甲', '端到端丙']);
    expect(after.serviceTypes.includes('operation')).toBe(!wasOn);
    expect(after.serviceTypes).toEqual(
      ['tool', 'operation', 'service'].filter((s) => after.serviceTypes.includes(s)),
    );
    expect(after.onboardingResultChannel).toBe(channel);
    expect(after.onboardingReviewDaysMax).toBe(60);
    expect(after.depositOrderMinutes).toBe(30);

    await page.reload();
    await page.getByTestId('policy-preset').waitFor();
    expect(await page.getByTestId('policy-forbiddenWords').textContent()).toContain('端到端丙');
    expect(await page.getByTestId('policy-onboardingResultChannel').inputValue()).toBe(channel);
    expect(await page.getByTestId('policy-serviceTypes').getByLabel('运营型').isChecked()).toBe(
      !wasOn,
    );
  });
});
