import { expect, test } from '@playwright/test';
import { accessible, logIn, shoot } from './kim';

test('the coordinator sees an indicator as a chart and a table, suppressed cells marked, and downloads it', async ({ page }) => {
  await logIn(page, 'ki.koordination');
  await page.getByRole('link', { name: 'Kennzahlen' }).click();
  await expect(page.getByRole('heading', { name: 'Kennzahlen' })).toBeVisible();
  await page.getByLabel('Kennzahl').selectOption('kim.cases.active');
  await page.getByLabel('Aufschlüsselung').selectOption('municipality');
  await page.getByLabel('Jahr').selectOption('2025');
  const table = page.getByTestId('indicator-table');
  // the figures shown are those of the last choice, even when an earlier answer arrives late
  await expect(table.locator('caption')).toContainText('nach Kommune 2025');
  await expect(page.getByTestId('chart')).toBeVisible();
  // a suppressed cell says so; it is never a 0
  await expect(table.getByTestId('suppressed').first()).toHaveText('gesperrt');
  for (const cell of await table.locator('tbody td').allTextContents()) expect(cell.trim()).not.toBe('0');
  await accessible(page);
  await shoot(page, 'indicators');
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'CSV herunterladen' }).click()]);
  expect(download.suggestedFilename()).toBe('kim.cases.active-municipality-2025.csv');
  const csv = await (await download.createReadStream()).toArray();
  const text = Buffer.concat(csv).toString('utf8');
  expect(text).toContain('indicator;version;by;period;key;label;numerator;denominator;ratio;suppressed');
  expect(text).toContain(';suppressed');
  // by year: the same indicator over the periods
  await page.getByLabel('Aufschlüsselung').selectOption('period');
  await expect(table.locator('tbody th').first()).toHaveText(/^\d{4}$/);
});

test('the steering group lands on the indicators and has no casework', async ({ page }) => {
  await logIn(page, 'steuerung');
  await expect(page.getByRole('heading', { name: 'Kennzahlen' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Meine Fälle' })).toHaveCount(0);
  await expect(page.getByTestId('indicator-table')).toBeVisible();
});

test('the administrator sees the extensions with their state and contributions', async ({ page }) => {
  await page.goto('/kim/');
  await page.getByLabel('Benutzername').fill('admin');
  await page.getByLabel('Passwort').fill(process.env.KIM_ADMIN_PASSWORD ?? 'admin');
  await page.getByRole('button', { name: 'Anmelden' }).click();
  await expect(page.getByRole('heading', { name: 'Erweiterungen' })).toBeVisible();
  const core = page.locator('[data-extension=kim-core]');
  await expect(core.locator('.state')).toHaveText('aktiv');
  await expect(core).toContainText('kim.cases.active');
  // what each bundle's code may touch, as its manifest declares it (the core's content declares none)
  await expect(core.getByTestId('data-categories')).toContainText('keine');
  await expect(page.getByRole('link', { name: 'Meine Fälle' })).toHaveCount(0);
  await accessible(page);
  await shoot(page, 'extensions');
});

test('the steering group downloads the evaluation report and sees caseloads, findings and meetings', async ({ page }) => {
  await logIn(page, 'steuerung');
  await page.getByRole('link', { name: 'Steuerung' }).click();
  await expect(page.getByRole('heading', { name: 'Steuerung', level: 1 })).toBeVisible();
  const loads = page.getByTestId('caseloads');
  await expect(loads.getByRole('rowheader', { name: /Sundern/ })).toBeVisible();
  await expect(loads.getByRole('rowheader', { name: /Kreis gesamt/ })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Strukturelle Befunde nach Themenfeld und Kommune' })).toBeVisible();
  await accessible(page);
  await shoot(page, 'steering');
  await page.getByLabel('Jahr').selectOption('2025');
  const [download] = await Promise.all([page.waitForEvent('download', { timeout: 60_000 }), page.getByTestId('report-pdf').click()]);
  expect(download.suggestedFilename()).toBe('KIM-Evaluationsbericht-2025.pdf');
  const pdf = Buffer.concat(await (await download.createReadStream()).toArray());
  expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
  expect(pdf.length).toBeGreaterThan(10_000);
});

test('a case manager has no steering', async ({ page }) => {
  await logIn(page, 'cm.sundern');
  await expect(page.getByRole('link', { name: 'Steuerung' })).toHaveCount(0);
});
