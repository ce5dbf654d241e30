import AxeBuilder from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';
import { join } from 'node:path';

export const PASSWORD = 'kim-demo';

/** Logs in through the login page with a demo user (from the start page, or where the page already is). */
export async function logIn(page: Page, user: string, here = false): Promise<void> {
  if (!here) await page.goto('/kim/');
  await expect(page.getByRole('heading', { name: 'Anmeldung' })).toBeVisible();
  await page.getByLabel('Benutzername').fill(user);
  await page.getByLabel('Passwort').fill(PASSWORD);
  await page.getByRole('button', { name: 'Anmelden' }).click();
}

/** Saves a screenshot of the page under target/ (KIM_SHOTS). */
export async function shoot(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: join(process.env.KIM_SHOTS ?? 'screenshots', `${name}.png`), fullPage: true });
}

/** axe-core on the page as it is: no serious or critical violation of WCAG 2.1 A/AA. */
export async function accessible(page: Page): Promise<void> {
  const result = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  const bad = result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  expect(bad.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join('; ')})`)).toEqual([]);
}
