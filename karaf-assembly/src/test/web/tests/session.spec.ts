import { expect, test } from '@playwright/test';
import { accessible, logIn, PASSWORD, shoot } from './kim';

test('a reload keeps the login; the session cookie is HttpOnly, Strict and no script reads it; logout ends it', async ({ page, context }) => {
  await logIn(page, 'cm.sundern');
  await expect(page.getByRole('heading', { name: 'Meine Fälle' })).toBeVisible();
  await page.reload();
  await expect(page.getByRole('heading', { name: 'Meine Fälle' })).toBeVisible();
  await expect(page.getByTestId('who')).toContainText('cm.sundern');
  const cookie = (await context.cookies()).find((c) => c.name === 'kim_refresh');
  expect(cookie, 'the refresh cookie').toBeTruthy();
  expect(cookie?.httpOnly).toBe(true);
  expect(cookie?.sameSite).toBe('Strict');
  expect(cookie?.path).toBe('/api/v1/auth');
  expect(await page.evaluate(() => document.cookie)).toBe('');
  expect(await page.evaluate(() => localStorage.length + sessionStorage.length)).toBe(0);
  await page.getByRole('button', { name: 'Abmelden' }).click();
  await expect(page.getByRole('heading', { name: 'Anmeldung' })).toBeVisible();
  // the cookie of the ended session renews nothing, also if a copy of it was kept
  const stolen = cookie?.value ?? '';
  const status = await page.evaluate(async (value) => {
    document.cookie = `kim_refresh=${value}; path=/api/v1/auth`;
    const answer = await fetch('/api/v1/auth/refresh', { method: 'POST', headers: { 'Content-Type': 'application/json' } });
    return answer.status;
  }, stolen);
  expect(status).toBe(401);
  await page.reload();
  await expect(page.getByRole('heading', { name: 'Anmeldung' })).toBeVisible();
});

test('a short session warns before its idle end, goes on with Weiterarbeiten, and after its end a login dialog keeps the typed input', async ({ page }) => {
  test.setTimeout(150_000);
  // a session shorter than configured: bearer tokens of 6 s, idle end after 24 s (warning 8 s ahead)
  await page.route('**/api/v1/auth/token', (route) => route.continue({ url: `${route.request().url()}?accessSeconds=6&idleSeconds=24` }));
  await logIn(page, 'cm.sundern');
  await expect(page.getByRole('heading', { name: 'Meine Fälle' })).toBeVisible();
  await page.getByRole('link', { name: 'Neue Person anlegen' }).click();
  const family = page.locator('input[name=familyName]');
  await family.fill('Haddad');
  // typing renews the session: after 20 s of work, longer than a token lives, the page still reads data
  for (let i = 0; i < 5; i++) {
    await page.waitForTimeout(4_000);
    await page.locator('input[name=givenNames]').press('End');
  }
  await expect(page.getByTestId('idle-warning')).toBeHidden();
  // then no work: the warning comes, and Weiterarbeiten goes on
  await expect(page.getByTestId('idle-warning')).toBeVisible({ timeout: 30_000 });
  await accessible(page);
  await shoot(page, 'session-warning');
  await page.getByRole('button', { name: 'Weiterarbeiten' }).click();
  await expect(page.getByTestId('idle-warning')).toBeHidden();
  // no work again, until the session ends: the login dialog is over the page, the input below it
  await expect(page.getByTestId('relogin')).toBeVisible({ timeout: 40_000 });
  await shoot(page, 'session-relogin');
  await expect(family).toHaveValue('Haddad');
  const dialog = page.getByTestId('relogin');
  await expect(dialog.getByLabel('Benutzername')).toHaveValue('cm.sundern');
  await dialog.getByLabel('Passwort').fill(PASSWORD);
  await dialog.getByRole('button', { name: 'Anmelden und weiterarbeiten' }).click();
  await expect(dialog).toBeHidden();
  await expect(family).toHaveValue('Haddad');
  await expect(page.getByRole('heading', { name: 'Neue Person anlegen' })).toBeVisible();
});
