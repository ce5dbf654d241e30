import { expect, test } from '@playwright/test';
import { accessible, logIn, shoot } from './kim';

/** The Hallenberg intake form (deployed by WebIT): its visibleIf field follows the rule, and a 422 lands at its field. */
test('an extension form shows its visibleIf field as the rule says and the server error at the field', async ({ page, request }) => {
  // the Hallenberg form is for Hallenberg's cases: the district's case manager opens one
  const headers = { Authorization: `Basic ${Buffer.from('cm.kreis:kim-demo').toString('base64')}`, 'Content-Type': 'application/json' };
  const client = await (await request.post('/api/v1/clients', { headers, data: { familyName: 'Wagner', givenNames: 'Olena',
    dateOfBirth: '1988-03-02', nationality: 'UKR', languages: ['uk'], municipality: '05958020' } })).json();
  const created = await request.post('/api/v1/cases', { headers, data: { clientId: client.id, ownerMunicipality: '05958020',
    caseManager: 'cm.kreis', targetGroup: 'TEMPORARY_PROTECTION' } });
  expect(created.status()).toBe(201);
  const kimCase = await created.json();
  await logIn(page, 'cm.kreis');
  await expect(page.getByRole('heading', { name: 'Meine Fälle' })).toBeVisible();
  await page.goto(`/kim/cases/${kimCase.id}`);
  const forms = page.getByTestId('forms');
  await forms.getByLabel('Formular').selectOption('hallenberg.intake');
  const form = page.locator('[data-form="hallenberg.intake"]');
  await expect(form.getByRole('heading', { name: /Erstgespräch Hallenberg/ })).toBeVisible();
  const childcare = form.getByLabel('Kita-Platz benötigt');
  await expect(childcare).toHaveCount(0);
  // a number is taken when the field is left, as a user does with the Tab key
  const children = form.getByLabel('Kinder unter 6 Jahren');
  await children.fill('2');
  await children.press('Tab');
  await expect(childcare).toBeVisible();
  await children.fill('0');
  await children.press('Tab');
  await expect(childcare).toHaveCount(0);
  await children.fill('1');
  await children.press('Tab');
  await childcare.check();

  // the server refuses a household of 0 persons: its message appears at that field
  await form.getByLabel('Personen im Haushalt').fill('0');
  await form.getByLabel('Personen im Haushalt').press('Tab');
  await form.getByLabel(/Wie kommt die Person/).selectOption('BUS');
  await form.getByLabel(/Ort der Gespräche/).selectOption('RATHAUS');
  await form.getByRole('button', { name: 'Formular absenden' }).click();
  await expect(form.getByRole('alert')).toContainText('abgelehnt');
  const household = form.locator('.control', { has: page.getByLabel('Personen im Haushalt') });
  await expect(household.locator('.error')).toContainText('zu klein (mindestens 1)');
  await accessible(page);
  await shoot(page, 'form-error');

  await form.getByLabel('Personen im Haushalt').fill('3');
  await form.getByLabel('Personen im Haushalt').press('Tab');
  await form.getByRole('button', { name: 'Formular absenden' }).click();
  await expect(forms.getByRole('status')).toContainText('gespeichert');
  await expect(forms.locator('ul li').first()).toContainText('hallenberg.intake');
});

test('a form made for one town is not offered on the cases of another', async ({ page }) => {
  await logIn(page, 'cm.sundern');
  await page.locator('[data-testid=caseload] tbody tr').filter({ hasNotText: 'Abgeschlossen' }).first().locator('td:first-child a').click();
  const chooser = page.getByTestId('forms').getByLabel('Formular');
  await expect(chooser).toBeVisible();
  await expect(chooser.locator('option[value="hallenberg.intake"]')).toHaveCount(0);
});
