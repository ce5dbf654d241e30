import { expect, test, type Locator, type Page } from '@playwright/test';
import { accessible, PASSWORD } from './kim';

/** Presses Tab until the element has the focus: proves it is reachable from the keyboard, in order. */
async function tabTo(page: Page, target: Locator, limit = 120): Promise<void> {
  for (let i = 0; i < limit; i++) {
    if (await target.evaluate((e) => e === document.activeElement).catch(() => false)) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`not reached with the Tab key: ${target}`);
}

/** Types a date into the focused date field as a German reads and writes it: TT.MM.JJJJ. */
async function typeDate(page: Page, offsetDays: number): Promise<void> {
  const d = new Date(Date.now() + offsetDays * 86_400_000);
  const two = (n: number) => String(n).padStart(2, '0');
  await page.keyboard.type(`${two(d.getDate())}.${two(d.getMonth() + 1)}.${d.getFullYear()}`);
  expect(await page.evaluate(() => (document.activeElement as HTMLInputElement).getAttribute('aria-invalid'))).not.toBe('true');
}

/** Answers the confirmation dialog with its action button, by the keyboard (the dialog's focus starts on Abbrechen). */
async function confirmByKeyboard(page: Page, action: string): Promise<void> {
  const dialog = page.getByTestId('confirm');
  await expect(dialog).toBeVisible();
  await tabTo(page, dialog.getByRole('button', { name: action }), 5);
  await page.keyboard.press('Enter');
  await expect(dialog).toBeHidden();
}

async function logInByKeyboard(page: Page, user: string): Promise<void> {
  await expect(page.getByRole('heading', { name: 'Anmeldung' })).toBeVisible();
  await tabTo(page, page.getByLabel('Benutzername'));
  await page.keyboard.type(user);
  await page.keyboard.press('Tab');
  await page.keyboard.type(PASSWORD);
  await page.keyboard.press('Enter');
}

test('trajectory 1 with the keyboard alone', async ({ page }) => {
  const family = `Tastatur${Date.now() % 100000}`;
  await page.goto('/kim/');
  await logInByKeyboard(page, 'cm.sundern');
  await expect(page.getByRole('heading', { name: 'Meine Fälle' })).toBeVisible();
  // the skip link is the first focusable element and reachable by Tab (where Tab starts after the login
  // form has gone is up to the browser: Chromium goes on from where the removed form was)
  const first = await page.evaluate(() =>
    document.querySelector<HTMLElement>('a[href], button, input, select, textarea, [tabindex]:not([tabindex="-1"])')?.textContent?.trim());
  expect(first).toBe('Zum Inhalt springen');
  await tabTo(page, page.getByRole('link', { name: 'Zum Inhalt springen' }));

  await tabTo(page, page.getByRole('link', { name: 'Neue Person anlegen' }));
  await page.keyboard.press('Enter');
  await tabTo(page, page.getByLabel('Familienname'));
  await page.keyboard.type(family);
  await page.keyboard.press('Tab');
  await page.keyboard.type('Samir');
  await page.keyboard.press('Tab');
  await typeDate(page, -12_000);
  await tabTo(page, page.getByLabel(/Staatsangehörigkeit/));
  await page.keyboard.type('Syrien');
  await expect(page.getByLabel(/Staatsangehörigkeit/)).toHaveValue('SYR');
  await tabTo(page, page.getByRole('button', { name: 'Person anlegen' }));
  await page.keyboard.press('Enter');
  const file = page.getByTestId('client');
  await expect(file.getByRole('heading', { level: 1 })).toContainText(`${family}, Samir (`);

  await tabTo(page, page.getByRole('button', { name: 'Fall eröffnen' }));
  await page.keyboard.press('Enter');
  await expect(file.getByRole('link', { name: /^KIM-\d{4}-\d{6}$/ })).toBeVisible();

  const period = page.getByTestId('record-period');
  await tabTo(page, period.getByLabel('seit'));
  await typeDate(page, -200);
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('time-axis').locator('table')).toContainText('AsylbLG');
  const status = page.getByTestId('record-status');
  await tabTo(page, status.getByLabel('gültig ab'));
  await typeDate(page, -200);
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('time-axis').locator('table')).toContainText('Aufenthaltsgestattung');
  await tabTo(page, status.getByLabel('Aufenthaltsstatus'));
  await page.keyboard.type('Flüchtlingsschutz');
  await expect(status.getByLabel('Aufenthaltsstatus')).toHaveValue('P25_2');
  await page.keyboard.press('Tab');
  await typeDate(page, -3);
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('derived')).toContainText('AsylbLG → SGB II');

  // consent: the first purpose is the hand-over, the first recipient the Jobcenter
  await tabTo(page, page.getByRole('button', { name: 'Einwilligung erfassen' }));
  await page.keyboard.press('Enter');
  await confirmByKeyboard(page, 'Einwilligung erfassen');
  await expect(page.getByTestId('consents').locator('tbody tr')).toHaveCount(1);

  await tabTo(page, page.getByRole('link', { name: 'Übergabe vorbereiten' }));
  await page.keyboard.press('Enter');
  const referrals = page.getByTestId('referrals');
  await expect(referrals.getByRole('radio')).toBeChecked();
  // prepared and sent in one step, after the dialog that names what leaves
  await tabTo(page, referrals.getByRole('button', { name: 'Anlegen und senden' }));
  await page.keyboard.press('Enter');
  await confirmByKeyboard(page, 'Anlegen und senden');
  const row = referrals.locator('tbody tr').first();
  await expect(row).toContainText('gesendet');
  const caseUrl = new URL(page.url()).pathname;

  await tabTo(page, page.getByRole('button', { name: 'Abmelden' }));
  await page.keyboard.press('Enter');
  await page.goto(caseUrl);
  await logInByKeyboard(page, 'jc.sundern');
  const received = page.getByTestId('referrals').locator('tbody tr').first();
  await tabTo(page, received.getByRole('button', { name: 'Annehmen' }));
  await page.keyboard.press('Enter');
  await confirmByKeyboard(page, 'Annehmen');
  await expect(received).toContainText('angenommen');
  await accessible(page);
});
