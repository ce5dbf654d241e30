// First page of the web workspace, measured in Debian's Chromium against a running platform:
//   npm install && npm run first-page -- [--url http://localhost:8181] [--rounds 10]
// Each round opens a fresh browser context (empty cache, no session) and measures
//   yardstick: loading the workspace's favicon as a page (a static file from the same server),
//   login:     /kim/ until the login form can be typed into,
//   caseload:  after logging in as cm.sundern, until the caseload table shows.
// Prints the medians and their ratios to the yardstick; asserts nothing (target: usable within 1 s).
import { chromium } from 'playwright-core';

const option = (name, fallback) => {
  const at = process.argv.indexOf(name);
  return at > 0 ? process.argv[at + 1] : fallback;
};
const url = option('--url', 'http://localhost:8181');
const rounds = Number(option('--rounds', '10'));
const browser = await chromium.launch({
  executablePath: process.env.KIM_CHROMIUM ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
    '--disable-component-update', '--disable-sync'],
});
const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const times = { yardstick: [], login: [], caseload: [] };

async function timed(work) {
  const start = performance.now();
  await work();
  return performance.now() - start;
}

for (let round = 0; round <= rounds; round++) {
  const context = await browser.newContext({ locale: 'de-DE' });
  const page = await context.newPage();
  const yardstick = await timed(() => page.goto(`${url}/kim/favicon.svg`));
  const login = await timed(async () => {
    await page.goto(`${url}/kim/`);
    await page.getByLabel('Benutzername').waitFor();
    await page.getByRole('button', { name: 'Anmelden' }).isEnabled();
  });
  await page.getByLabel('Benutzername').fill('cm.sundern');
  await page.getByLabel('Passwort').fill(process.env.KIM_PASSWORD ?? 'kim-demo');
  const caseload = await timed(async () => {
    await page.getByRole('button', { name: 'Anmelden' }).click();
    await page.locator('[data-testid=caseload] tbody tr').first().waitFor();
  });
  await context.close();
  if (round === 0) continue; // the first round warms the server's caches
  times.yardstick.push(yardstick);
  times.login.push(login);
  times.caseload.push(caseload);
}
await browser.close();

const y = median(times.yardstick);
console.log(`KIM web workspace, first page in Chromium against ${url}, median of ${rounds} fresh contexts:`);
console.log(`  yardstick (static file of the same server as a page): ${y.toFixed(0)} ms`);
console.log(`  login page usable:            ${median(times.login).toFixed(0)} ms (ratio ${(median(times.login) / y).toFixed(1)}; target <= 1000 ms)`);
console.log(`  caseload shown after login:   ${median(times.caseload).toFixed(0)} ms (ratio ${(median(times.caseload) / y).toFixed(1)})`);
