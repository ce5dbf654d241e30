import { expect, test, type Page } from '@playwright/test';
import { accessible, logIn, shoot } from './kim';

/** No horizontal page scroll, and every visible button and link lies inside the viewport's width. */
async function fitsWidth(page: Page, what: string): Promise<void> {
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow, `${what}: the page scrolls sideways`).toBeLessThanOrEqual(0);
  const outside = await page.evaluate(() => Array.from(document.querySelectorAll<HTMLElement>('main button, main a, main select, main input'))
    .filter((e) => e.offsetParent !== null && !e.closest('details:not([open])'))
    .filter((e) => { const r = e.getBoundingClientRect(); return r.width > 0 && (r.left < 0 || r.right > window.innerWidth + 0.5); })
    .map((e) => `${e.tagName} ${e.textContent?.trim().slice(0, 30)}`));
  expect(outside, `${what}: controls outside the screen`).toEqual([]);
}

for (const [width, height, suffix] of [[390, 844, 'phone'], [1366, 768, 'desktop']] as const) {
  test(`the day's pages at ${width}×${height}: no sideways scroll, every action on screen, focus on the heading`, async ({ page }) => {
    await page.setViewportSize({ width, height });
    await logIn(page, 'cm.sundern');
    await expect(page.getByRole('heading', { name: 'Meine Fälle' })).toBeVisible();
    await expect(page.getByTestId('caseload')).toBeVisible();
    await fitsWidth(page, 'caseload');
    await shoot(page, `docs-caseload-${suffix}`);
    // the file of the first person, and its case
    await page.locator('[data-testid=caseload] tbody tr').filter({ hasNotText: 'Abgeschlossen' }).first()
      .locator('td:nth-child(2) a').click();
    await expect(page.getByTestId('client')).toBeVisible();
    await expect(page.getByTestId('time-axis')).toBeVisible();
    await expect(page.getByRole('heading', { level: 1 })).toBeFocused();
    await fitsWidth(page, 'client file');
    await shoot(page, `docs-client-${suffix}`);
    await page.getByTestId('client').getByRole('link', { name: /^KIM-/ }).first().click();
    await expect(page.getByTestId('case')).toBeVisible();
    await expect(page.getByRole('heading', { level: 1 })).toBeFocused();
    await fitsWidth(page, 'case');
    await accessible(page);
    await shoot(page, `docs-case-${suffix}`);
    // the Jobcenter's inbox
    await page.getByRole('button', { name: 'Abmelden' }).click();
    await logIn(page, 'jc.sundern', true);
    await expect(page.getByTestId('inbox')).toBeVisible();
    await fitsWidth(page, 'inbox');
    await shoot(page, `docs-inbox-${suffix}`);
  });
}

test('in English the server\'s messages are English too, and German again in German', async ({ page }) => {
  await logIn(page, 'cm.sundern');
  await page.getByRole('link', { name: 'Neue Person anlegen' }).click();
  await page.locator('header select').selectOption('en');
  await expect(page.getByRole('heading', { name: 'New person' })).toBeVisible();
  await page.getByLabel('born').fill('01/02/2030');
  await page.getByRole('button', { name: 'Create person' }).click();
  await expect(page.locator('#familyName-error')).toHaveText('required');
  await expect(page.getByRole('alert').first()).toContainText('Please check');
  await page.locator('header select').selectOption('de');
  await page.getByRole('button', { name: 'Person anlegen' }).click();
  await expect(page.locator('#familyName-error')).toHaveText('Pflichtangabe');
  await expect(page.locator('#dateOfBirth-error')).toHaveText('liegt außerhalb des zulässigen Bereichs');
  await accessible(page);
  await shoot(page, 'english-messages');
});
