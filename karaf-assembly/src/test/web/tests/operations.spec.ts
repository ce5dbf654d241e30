import { expect, test } from '@playwright/test';
import { accessible, logIn, shoot } from './kim';

const ADMIN = { Authorization: `Basic ${Buffer.from('admin:admin').toString('base64')}` };

test('in read-only mode the workspace says so, and a refused change says why in the chosen language', async ({ page, request }) => {
  expect((await request.put('/api/v1/operations/read-only', { headers: ADMIN, data: { readOnly: true, reason: 'Playwright' } })).status()).toBe(200);
  try {
    await logIn(page, 'cm.sundern');
    await expect(page.getByTestId('read-only')).toHaveText(/Nur-Lesen-Modus/);
    // reading goes on
    await expect(page.getByRole('heading', { name: 'Meine Fälle' })).toBeVisible();
    await page.getByRole('link', { name: 'Neue Person anlegen' }).click();
    await page.getByLabel('Familienname').fill('Nurlesen');
    await page.getByLabel('geboren').fill('1990-01-01');
    await page.getByRole('button', { name: 'Person anlegen' }).click();
    await expect(page.getByText('Die Plattform ist im Nur-Lesen-Modus')).toBeVisible();
    await accessible(page);
    await shoot(page, 'read-only');
  } finally {
    expect((await request.put('/api/v1/operations/read-only', { headers: ADMIN, data: { readOnly: false } })).status()).toBe(200);
  }
  await page.goto('/kim/'); // the session goes on after a reload
  await expect(page.getByRole('heading', { name: 'Meine Fälle' })).toBeVisible();
  await expect(page.getByTestId('read-only')).toHaveCount(0);
});
