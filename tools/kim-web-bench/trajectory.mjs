// Trajectory 1 of KIM.md in the web workspace, by script, against a running platform:
//   npm install && npm run trajectory -- [--url http://localhost:8181] [--rounds 3]
// Counts what a user does: clicks (buttons, links, choosing in a list, confirming a dialog) and fields
// typed into, from the login of the Sundern case manager to the Jobcenter's accepted hand-over, and
// measures the time the workspace takes for it (the script types instantly: this is the software's share).
// Yardstick: the workspace's favicon loaded as a page (a static file of the same server), same run.
// Prints the figures and the ratio; asserts nothing (targets: at most 18 clicks).
import { chromium } from 'playwright-core';

const option = (name, fallback) => {
  const at = process.argv.indexOf(name);
  return at > 0 ? process.argv[at + 1] : fallback;
};
const url = option('--url', 'http://localhost:8181');
const rounds = Number(option('--rounds', '3'));
const password = process.env.KIM_PASSWORD ?? 'kim-demo';
const browser = await chromium.launch({
  executablePath: process.env.KIM_CHROMIUM ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
    '--disable-component-update', '--disable-sync'],
});
const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const day = (offset) => {
  const [y, m, d] = new Date(Date.now() + offset * 86_400_000).toISOString().substring(0, 10).split('-');
  return `${d}.${m}.${y}`;
};

async function trajectory(page, family) {
  let clicks = 0;
  let fields = 0;
  const click = async (locator) => { clicks++; await locator.click(); };
  const choose = async (locator, value) => { clicks++; await locator.selectOption(value); };
  const type = async (locator, text) => { fields++; await locator.fill(text); };
  const confirm = () => click(page.getByTestId('confirm').getByTestId('confirm-yes'));
  const logIn = async (user) => {
    await type(page.getByLabel('Benutzername'), user);
    await type(page.getByLabel('Passwort'), password);
    await click(page.getByRole('button', { name: 'Anmelden' }));
    await page.getByRole('heading', { name: 'Meine Fälle' }).waitFor();
  };
  await page.goto(`${url}/kim/`);
  await logIn('cm.sundern');
  await click(page.getByRole('link', { name: 'Neue Person anlegen' }));
  await type(page.getByLabel('Familienname'), family);
  await type(page.getByLabel('Vornamen'), 'Yara');
  await type(page.getByLabel('geboren'), '17.04.1992');
  await choose(page.getByLabel(/Staatsangehörigkeit/), 'SYR');
  await click(page.getByRole('button', { name: 'Person anlegen' }));
  await page.getByTestId('open-case').waitFor();
  await click(page.getByRole('button', { name: 'Fall eröffnen' }));
  await page.getByRole('link', { name: /^KIM-/ }).waitFor();
  await type(page.getByTestId('record-period').getByLabel('seit'), day(-300));
  await click(page.getByRole('button', { name: 'Rechtskreis erfassen' }));
  await page.getByTestId('time-axis').getByText('AsylbLG').first().waitFor();
  await type(page.getByTestId('record-status').getByLabel('gültig ab'), day(-300));
  await click(page.getByRole('button', { name: 'Aufenthaltsstatus erfassen' }));
  await page.getByTestId('time-axis').locator('table').getByText('Aufenthaltsgestattung').first().waitFor();
  await choose(page.getByTestId('record-status').getByLabel('Aufenthaltsstatus'), 'P25_2');
  await type(page.getByTestId('record-status').getByLabel('gültig ab'), day(-5));
  await type(page.getByTestId('record-status').getByLabel(/unanfechtbar seit/), day(-2));
  await click(page.getByRole('button', { name: 'Aufenthaltsstatus erfassen' }));
  await page.getByTestId('derived').waitFor();
  await click(page.getByRole('button', { name: 'Einwilligung erfassen' }));
  await confirm();
  await page.getByTestId('consents').locator('tbody tr').first().waitFor();
  await click(page.getByRole('link', { name: 'Übergabe vorbereiten' }));
  await click(page.getByTestId('create-and-send'));
  await confirm();
  await page.getByTestId('referrals').locator('tbody tr').first().getByText('gesendet').waitFor();
  await click(page.getByRole('button', { name: 'Abmelden' }));
  await logIn('jc.sundern');
  const incoming = page.getByTestId('inbox').locator('tbody tr', { hasText: family });
  await click(incoming.getByRole('button', { name: /Annehmen/ }));
  await confirm();
  await incoming.getByText('angenommen').waitFor();
  return { clicks, fields };
}

const results = [];
for (let round = 0; round <= rounds; round++) {
  const context = await browser.newContext({ locale: 'de-DE' });
  const page = await context.newPage();
  const y0 = performance.now();
  await page.goto(`${url}/kim/favicon.svg`);
  const yardstick = performance.now() - y0;
  const start = performance.now();
  const counted = await trajectory(page, `Bench${Date.now() % 1_000_000}`);
  const time = performance.now() - start;
  await context.close();
  if (round > 0) results.push({ ...counted, time, yardstick }); // the first round warms the server's caches
}
await browser.close();
const r = results[0];
const time = median(results.map((x) => x.time));
const y = median(results.map((x) => x.yardstick));
console.log(`KIM web workspace, trajectory 1 by script against ${url}, median of ${rounds} rounds:`);
console.log(`  clicks: ${r.clicks} (target <= 18), fields typed: ${r.fields}`);
console.log(`  time of the workspace: ${(time / 1000).toFixed(1)} s; yardstick (static file as a page): ${y.toFixed(0)} ms; ratio ${(time / y).toFixed(0)}`);
