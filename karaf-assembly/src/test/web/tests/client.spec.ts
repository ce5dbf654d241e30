import { expect, test } from '@playwright/test';
import { accessible, logIn, shoot } from './kim';

test('the client file shows master data, the time axis and the consents', async ({ page }) => {
  await logIn(page, 'cm.sundern');
  await page.locator('[data-testid=caseload] tbody tr').first().locator('td:nth-child(2) a').click();
  // names, not codes: the person's name and date of birth head the file
  const file = page.getByTestId('client');
  await expect(file.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(file.getByRole('heading', { name: 'Stammdaten' })).toBeVisible();
  const axis = page.getByTestId('time-axis');
  await expect(axis).toBeVisible();
  // the same entries as a table, for screen readers and exact dates
  await expect(axis.locator('table tbody tr').first()).toBeVisible();
  await expect(axis.locator('table')).toContainText('Rechtskreis');
  await expect(page.getByTestId('consents').getByRole('heading', { name: 'Einwilligungen' })).toBeVisible();
  await page.getByLabel('Zweck').selectOption('RESIDENCE');
  await expect(page.getByTestId('consents')).toContainText('Dieser Zweck gibt frei: Identität, Kontakt, Aufenthalt');
  expect(page.url()).toMatch(/\/kim\/clients\/K-[A-Z0-9]+$/);
  await accessible(page);
  await shoot(page, 'client');
});

test('the person search answers while the name is typed, with the name never in the address', async ({ page }) => {
  await logIn(page, 'cm.sundern');
  await page.getByRole('link', { name: 'Personensuche' }).click();
  await page.getByLabel(/Name/).pressSequentially('hadd', { delay: 60 });
  const rows = page.locator('[data-testid=clients] tbody tr');
  await expect(rows.first()).toContainText('Haddad');
  expect(page.url()).not.toContain('hadd');
  await page.getByLabel(/Name/).pressSequentially('xq', { delay: 60 });
  await expect(page.getByText('Niemand gefunden.')).toBeVisible();
  await accessible(page);
});

test('the client file shows the §25a checklist of a tolerated young adult with school and training', async ({ page }) => {
  await logIn(page, 'cm.meschede');
  await page.getByRole('link', { name: 'Personensuche' }).click();
  await page.getByLabel(/Name/).pressSequentially('jallow', { delay: 40 });
  await page.locator('[data-testid=clients] tbody tr').first().locator('a').first().click();
  const checklist = page.getByTestId('checklist');
  await expect(checklist.getByRole('heading')).toContainText('§25a');
  await expect(checklist.locator('li[data-state]')).toHaveCount(6);
  await expect(checklist.locator('li', { hasText: 'seit mindestens zwölf Monaten geduldet' }).locator('.state')).toHaveText('erfüllt');
  await expect(checklist.locator('li', { hasText: 'Integrationsprognose' }).locator('.state')).toHaveText('zu prüfen');
  await expect(page.getByText('Ausbildung: 01.08.2025')).toBeVisible();
  await accessible(page);
  await shoot(page, 'checklist');
});
