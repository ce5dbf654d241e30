import { expect, test } from '@playwright/test';
import { accessible, logIn, shoot } from './kim';

test('a wrong password is refused with a message, and nothing is shown', async ({ page }) => {
  await page.goto('/kim/cases');
  await expect(page.getByRole('heading', { name: 'Anmeldung' })).toBeVisible();
  await page.getByLabel('Benutzername').fill('cm.sundern');
  await page.getByLabel('Passwort').fill('falsch');
  await page.getByRole('button', { name: 'Anmelden' }).click();
  await expect(page.getByRole('alert')).toContainText('Passwort ist falsch');
  await accessible(page);
  await shoot(page, 'login');
});

test('the Sundern case manager sees the caseload of Sundern only, and logs out', async ({ page }) => {
  await logIn(page, 'cm.sundern');
  await expect(page.getByRole('heading', { name: 'Meine Fälle' })).toBeVisible();
  const rows = page.locator('[data-testid=caseload] tbody tr');
  await expect(rows.first()).toBeVisible();
  for (const municipality of await rows.locator('td:nth-child(5)').allTextContents()) {
    expect(municipality).toBe('Sundern (Sauerland)');
  }
  // names and file numbers, not codes; German dates
  await expect(rows.first().locator('td:nth-child(1)')).toHaveText(/^KIM-\d{4}-\d{6}$/);
  await expect(rows.first().locator('td:nth-child(2)')).toHaveText(/^[^,]+, .* \(\d{2}\.\d{2}\.\d{4}\)$/);
  await expect(rows.first().locator('td:nth-child(6)')).toHaveText(/^\d{2}\.\d{2}\.\d{4}$/);
  // sorting by a column, and the export of the caseload
  await page.getByRole('button', { name: 'Person' }).click();
  const names = await rows.locator('td:nth-child(2)').allTextContents();
  expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b, 'de')));
  const download = page.waitForEvent('download');
  await page.getByTestId('export').click();
  expect((await download).suggestedFilename()).toMatch(/^kim-fallliste-.*\.csv$/);
  await expect(page.getByTestId('who')).toContainText('cm.sundern');
  await accessible(page);
  await shoot(page, 'caseload');
  // the filter by phase
  await page.getByTestId('phase-filter').selectOption('CLOSED');
  for (const phase of await rows.locator('td:nth-child(3)').allTextContents()) {
    expect(phase).toBe('Abgeschlossen');
  }
  // logout forgets the token: the caseload asks for a login again
  await page.getByRole('button', { name: 'Abmelden' }).click();
  await expect(page.getByRole('heading', { name: 'Anmeldung' })).toBeVisible();
  await page.goto('/kim/cases');
  await expect(page.getByRole('heading', { name: 'Anmeldung' })).toBeVisible();
  expect(await page.evaluate(() => localStorage.length + sessionStorage.length)).toBe(0);
});

test('an Arnsberg case typed into the address bar is as not found as a missing one', async ({ page, request }) => {
  const token = await request.post('/api/v1/auth/token', {
    headers: {
      Authorization: `Basic ${Buffer.from('cm.arnsberg:kim-demo').toString('base64')}`,
      'Content-Type': 'application/json',
    },
  });
  const cases = await request.get('/api/v1/cases?municipality=05958004', {
    headers: { Authorization: `Bearer ${(await token.json()).access_token}` },
  });
  const arnsberg = (await cases.json())[0].id as number;
  await logIn(page, 'cm.sundern');
  await expect(page.getByRole('heading', { name: 'Meine Fälle' })).toBeVisible();
  await page.goto(`/kim/cases/${arnsberg}`); // a typed address loads the page anew: the session cookie renews the login
  await expect(page.getByTestId('not-found')).toBeVisible();
  const foreign = await page.getByTestId('not-found').innerText();
  await page.goto('/kim/cases/987654321');
  await expect(page.getByTestId('not-found')).toBeVisible();
  expect(await page.getByTestId('not-found').innerText()).toBe(foreign);
  expect(page.url()).not.toContain('Yılmaz');
  await accessible(page);
  await shoot(page, 'not-found');
});

test('the workspace switches to English', async ({ page }) => {
  await logIn(page, 'cm.sundern');
  await expect(page.getByRole('heading', { name: 'Meine Fälle' })).toBeVisible();
  await page.getByLabel('Sprache').selectOption('en');
  await expect(page.getByRole('heading', { name: 'My cases' })).toBeVisible();
  expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
  await accessible(page);
});
