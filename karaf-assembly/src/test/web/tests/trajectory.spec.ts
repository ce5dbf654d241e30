import { expect, test, type Page } from '@playwright/test';
import { accessible, logIn, shoot } from './kim';

/** A date relative to today as a German types it: TT.MM.JJJJ. */
function day(offset: number): string {
  const [y, m, d] = new Date(Date.now() + offset * 86_400_000).toISOString().substring(0, 10).split('-');
  return `${d}.${m}.${y}`;
}

/** Answers the confirmation dialog with its action, after checking that it names the consequence. */
async function confirmWith(page: Page, action: string, names: RegExp): Promise<void> {
  const dialog = page.getByTestId('confirm');
  await expect(dialog).toBeVisible();
  await expect(dialog).toContainText(names);
  await dialog.getByRole('button', { name: action }).click();
  await expect(dialog).toBeHidden();
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
  await page.getByLabel('geboren').fill('17.04.1992');
  await page.getByLabel(/Staatsangehörigkeit/).selectOption('SYR');
  await page.getByLabel('Sprache hinzufügen').selectOption('ar');
  await expect(page.getByTestId('new-client')).toContainText('Arabisch');
  await page.getByLabel('Straße und Hausnummer').fill('Hauptstraße 12');
  await page.getByLabel('PLZ', { exact: true }).fill('59846');
  await page.getByLabel('Ort', { exact: true }).fill('Sundern');
  await page.getByLabel('Ankunft').fill(day(-300));
  await shoot(page, 'new-client');
  await page.getByRole('button', { name: 'Person anlegen' }).click();

  const file = page.getByTestId('client');
  await expect(file.getByRole('heading', { level: 1 })).toHaveText(`${family}, Yara (17.04.1992)`);
  await expect(file).toContainText('Syrien');
  await expect(file.getByTestId('address')).toHaveText('Hauptstraße 12, 59846 Sundern');
  expect(page.url()).not.toContain(family);
  await page.getByTestId('open-case').getByLabel('Zielgruppe').selectOption('ASYLUM_SEEKER');
  await page.getByRole('button', { name: 'Fall eröffnen' }).click();
  await expect(file.getByRole('link', { name: /^KIM-\d{4}-\d{6}$/ })).toBeVisible();
  // a second open case in the same target group is asked about, and not opened when the user says no
  await page.getByRole('button', { name: 'Fall eröffnen' }).click();
  await expect(page.getByTestId('confirm')).toContainText('schon einen offenen Fall');
  await page.getByTestId('confirm').getByRole('button', { name: 'Abbrechen' }).click();
  await expect(file.getByRole('link', { name: /^KIM-\d{4}-\d{6}$/ })).toHaveCount(1);

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
  await confirmWith(page, 'Einwilligung erfassen', /Jobcenter.*gibt frei: Identität/);
  await expect(page.getByTestId('consents').locator('tbody tr')).toHaveCount(1);
  // the signed consent is kept with the person as a document
  const keep = page.getByTestId('keep-document');
  await keep.getByLabel('Art').selectOption('CONSENT');
  await keep.locator('input[type=file]').setInputFiles({ name: 'Einwilligung-unterschrieben.pdf', mimeType: 'application/pdf',
    buffer: Buffer.from('%PDF-1.4\n% unterschrieben\n%%EOF\n') });
  await keep.getByRole('button', { name: 'Dokument speichern' }).click();
  await expect(page.getByTestId('documents')).toContainText('Einwilligung-unterschrieben.pdf');
  await expect(page.getByTestId('documents')).toContainText('unterschriebene Einwilligung');
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
  await expect(referrals.getByRole('heading', { name: 'Übergabe zum Rechtskreiswechsel' })).toBeInViewport();
  await referrals.getByRole('button', { name: 'Überleitung anlegen' }).click();
  const row = referrals.locator('tbody tr').first();
  await expect(row).toContainText('vorbereitet');
  await expect(row).toContainText('Jobcenter');
  // the form is empty again: a second click makes no second referral
  await expect(referrals.getByLabel('Nachricht an die Stelle')).toHaveValue('');
  await expect(referrals.locator('tbody tr')).toHaveCount(1);
  await row.getByRole('button', { name: 'Senden' }).click();
  await confirmWith(page, 'Senden', /Jobcenter.*Identität/);
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
  await expect(page.getByTestId('who')).toContainText('Sachbearbeitung · Jobcenter Hochsauerlandkreis, Standort Sundern');
  // the inbox names the new hand-over first, with the person and the sending town
  const inbox = page.getByTestId('inbox');
  const incoming = inbox.locator('tbody tr', { hasText: family });
  await expect(incoming).toContainText('neu – zu beantworten');
  await expect(incoming).toContainText('Sundern');
  await accessible(page);
  await shoot(page, 'jobcenter-inbox');
  // accepted from the inbox itself, after the dialog
  await incoming.getByRole('button', { name: /Annehmen/ }).click();
  await confirmWith(page, 'Annehmen', /übernimmt den Fall/);
  await expect(incoming).toContainText('angenommen');
  await incoming.getByRole('link').click();
  expect(new URL(page.url()).pathname).toBe(caseUrl);
  const received = page.getByTestId('referrals').locator('tbody tr').first();
  await expect(received).toContainText('angenommen');
  await expect(page.getByTestId('new-referral')).toHaveCount(0);
  // the receiving office gets no tools of the sending side
  await expect(page.getByTestId('case-notes')).toHaveCount(0);
  await expect(page.getByTestId('close-case')).toHaveCount(0);
  await accessible(page);
  await shoot(page, 'jobcenter-accepts');

  // Sundern closes its case: reason and date, after a confirmation; nothing can be changed afterwards
  await logOut(page);
  await logIn(page, 'cm.sundern', true);
  await expect(page.getByRole('heading', { name: 'Meine Fälle' })).toBeVisible();
  await page.getByTestId('caseload-search').fill(family);
  await page.locator('[data-testid=caseload] tbody tr').first().locator('td:first-child a').click();
  await expect(page.getByRole('heading', { level: 1 })).toContainText(`${family}, Yara`);
  const closing = page.getByTestId('close-case');
  await closing.locator('summary').click();
  // the checklist read from the case: the accepted hand-over still runs at the Jobcenter
  const checklist = closing.getByTestId('closure-checklist');
  await expect(checklist.locator('li[data-state=open]')).toContainText(['Vermittlung(en) laufen noch']);
  await expect(checklist.locator('li[data-state=done]').first()).toBeVisible();
  await closing.getByLabel('Grund des Abschlusses').fill('An das Jobcenter übergeben');
  await closing.getByRole('button', { name: 'Fall abschließen' }).click();
  await confirmWith(page, 'Fall abschließen', /nicht mehr geändert.*Noch offen sind \d Punkt/);
  await expect(page.getByTestId('closed')).toContainText('Grund: An das Jobcenter übergeben');
  await expect(page.getByTestId('close-case')).toHaveCount(0);
  await accessible(page);
  await shoot(page, 'case-closed');
});
