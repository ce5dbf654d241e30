import { expect, test, type Page } from '@playwright/test';
import { accessible, logIn, shoot } from './kim';

/** A date relative to today, as the date inputs take it. */
function day(offset: number): string {
  return new Date(Date.now() + offset * 86_400_000).toISOString().substring(0, 10);
}

async function logOut(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Abmelden' }).click();
  await expect(page.getByRole('heading', { name: 'Anmeldung' })).toBeVisible();
}

/**
 * Trajectory 1 of KIM.md: a family in Sundern, Aufenthaltsgestattung and AsylbLG, recognised, the change
 * to SGB II at the Jobcenter site derived with its deadline, consent recorded, the hand-over sent, and
 * the Jobcenter accepting it.
 */
test('trajectory 1: Sundern hands a recognised refugee over to the Jobcenter, which accepts', async ({ page }) => {
  const family = `Khalil${Date.now() % 100000}`;
  await logIn(page, 'cm.sundern');
  await page.getByRole('link', { name: 'Neue Person anlegen' }).click();
  await expect(page.getByRole('heading', { name: 'Neue Person anlegen' })).toBeVisible();
  // the server's per-field errors are shown at the fields
  await page.getByRole('button', { name: 'Person anlegen' }).click();
  await expect(page.locator('#familyName-error')).toBeVisible();
  await accessible(page);
  await page.getByLabel('Familienname').fill(family);
  await page.getByLabel('Vornamen').fill('Yara');
  await page.getByLabel('geboren').fill('1992-04-17');
  await page.getByLabel(/Staatsangehörigkeit/).fill('SYR');
  await page.getByLabel(/Sprachen/).fill('ar');
  await page.getByLabel('Ankunft').fill(day(-300));
  await shoot(page, 'new-client');
  await page.getByRole('button', { name: 'Person anlegen' }).click();

  const file = page.getByTestId('client');
  await expect(file.getByRole('heading', { level: 1 })).toHaveText(`${family}, Yara`);
  expect(page.url()).not.toContain(family);
  await page.getByTestId('open-case').getByLabel('Zielgruppe').selectOption('ASYLUM_SEEKER');
  await page.getByRole('button', { name: 'Fall eröffnen' }).click();
  await expect(file.getByRole('link', { name: /^Fall \d+$/ })).toBeVisible();

  await page.getByTestId('record-period').getByLabel('Rechtskreis').selectOption('AsylbLG');
  await page.getByTestId('record-period').getByLabel('seit').fill(day(-300));
  await page.getByRole('button', { name: 'Rechtskreis erfassen' }).click();
  await expect(page.getByTestId('time-axis').locator('table')).toContainText('AsylbLG');
  await page.getByTestId('record-status').getByLabel('Aufenthaltsstatus').selectOption('GESTATTUNG');
  await page.getByTestId('record-status').getByLabel('gültig ab').fill(day(-300));
  await page.getByRole('button', { name: 'Aufenthaltsstatus erfassen' }).click();
  await expect(page.getByTestId('time-axis').locator('table')).toContainText('Aufenthaltsgestattung');
  // the recognition: the rules derive the change to SGB II and its hand-over deadline
  await page.getByTestId('record-status').getByLabel('Aufenthaltsstatus').selectOption('P25_2');
  await page.getByTestId('record-status').getByLabel('gültig ab').fill(day(-5));
  // the decision became final: the AsylbLG ends with that month (§ 1 Abs. 3 AsylbLG), named with the change
  await page.getByTestId('record-status').getByLabel(/unanfechtbar seit/).fill(day(-2));
  await page.getByRole('button', { name: 'Aufenthaltsstatus erfassen' }).click();
  await expect(page.getByTestId('derived')).toContainText('AsylbLG → SGB II');
  await expect(page.getByTestId('derived')).toContainText('abgeleitet nach § 1 Abs. 3 Satz 1 AsylbLG');
  await expect(page.getByTestId('legal-basis')).toContainText('Stand');
  const axis = page.getByTestId('time-axis');
  await expect(axis.locator('table')).toContainText('AsylbLG → SGB II (geplant)');
  await expect(axis.locator('table')).toContainText('Frist für die Übergabe');
  await expect(axis.locator('.axis-point.deadline')).toBeVisible();
  await expect(page.getByTestId('handovers')).toContainText('Übergabe noch nicht angelegt');

  // consent to the hand-over to the Jobcenter
  await page.getByTestId('consents').getByLabel('Zweck').selectOption('HANDOVER');
  await page.getByTestId('consents').getByLabel('Empfänger').selectOption('JOBCENTER');
  await page.getByRole('button', { name: 'Einwilligung erfassen' }).click();
  await expect(page.getByTestId('consents').locator('tbody tr')).toHaveCount(1);
  await accessible(page);
  await shoot(page, 'client-trajectory');

  // the hand-over: the consent picker shows what the purpose releases
  await page.getByRole('link', { name: 'Übergabe vorbereiten' }).click();
  const referrals = page.getByTestId('referrals');
  await expect(referrals.getByRole('heading', { name: 'Übergabe zum Rechtskreiswechsel' })).toBeVisible();
  await expect(referrals.getByRole('radio')).toBeChecked();
  await expect(page.getByTestId('releases')).toContainText('Identität');
  await expect(page.getByTestId('releases')).toContainText('Einschätzungen');
  await expect(referrals.getByLabel('an Stelle')).toHaveValue(/\d+/);
  await referrals.getByLabel('Nachricht an die Stelle').fill('Bitte Termin zur Übergabe vereinbaren.');
  await referrals.getByRole('button', { name: 'Überleitung anlegen' }).click();
  const row = referrals.locator('tbody tr').first();
  await expect(row).toContainText('vorbereitet');
  await expect(row).toContainText('Jobcenter');
  await row.getByRole('button', { name: 'Senden' }).click();
  await expect(row).toContainText('gesendet');
  await expect(row.getByRole('button', { name: 'Annehmen' })).toHaveCount(0);
  // the case notes: an assessment, a goal of the support plan, a contact
  const notes = page.getByTestId('case-notes');
  await notes.locator('summary').click();
  await notes.getByTestId('assess').getByLabel('Themenfeld').selectOption('LANGUAGE');
  await notes.getByTestId('assess').getByLabel('Bedarf').selectOption('HIGH');
  await notes.getByTestId('assess').getByLabel('Notiz').fill('A1, wartet auf Kursplatz');
  await notes.getByRole('button', { name: 'Einschätzung speichern' }).click();
  await expect(page.getByTestId('case')).toContainText('A1, wartet auf Kursplatz');
  await notes.getByTestId('add-goal').getByLabel('Ziel').fill('Integrationskurs beginnen');
  await notes.getByRole('button', { name: 'Ziel vereinbaren' }).click();
  await expect(page.getByTestId('case')).toContainText('Integrationskurs beginnen (vereinbart');
  await notes.getByTestId('add-activity').getByLabel('Notiz').fill('Erstgespräch im Rathaus');
  await notes.getByRole('button', { name: 'Kontakt erfassen' }).click();
  await expect(page.getByTestId('case')).toContainText('Gespräch: Erstgespräch im Rathaus');
  await accessible(page);
  await shoot(page, 'case-referral');
  const caseUrl = new URL(page.url()).pathname;

  // the Jobcenter site of Sundern accepts the hand-over
  await logOut(page);
  await logIn(page, 'jc.sundern', true);
  await expect(page.getByRole('heading', { name: 'Meine Fälle' })).toBeVisible();
  await page.goto(caseUrl); // a typed address loads the page anew: the session cookie keeps the login
  const received = page.getByTestId('referrals').locator('tbody tr').first();
  await expect(received).toContainText('gesendet');
  await expect(page.getByTestId('new-referral')).toHaveCount(0);
  await received.getByRole('button', { name: 'Annehmen' }).click();
  await expect(received).toContainText('angenommen');
  await accessible(page);
  await shoot(page, 'jobcenter-accepts');
});
