// Takes the README's screenshots of the main pages from a running development hub loaded with the
// demo estate, signing in as each demo person the way a newcomer does. Run by tools/screenshots.sh.
// Usage: node take.mjs <hub address> <output folder>
import { chromium } from 'playwright-core';
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';

const [base, out] = process.argv.slice(2);
if (!base || !out) throw new Error('usage: node take.mjs <hub address> <output folder>');
await mkdir(out, { recursive: true });

// Debian's Chromium, as in the browser tests: never a browser downloaded by Playwright.
const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});

// Who to sign in as, and the pages to take as them: [file name, path].
const journeys = [
  [null, [['sign-in', '/sign-in']]],
  ['Sam Patel', [
    ['practice', '/practices/Z90000'],
    ['localisation', '/practices/Z90000/programmes/online-consultation'],
    ['assess-hazard', '/practices/Z90000/programmes/online-consultation/hazards/H-003'],
    
  ]],
  ['Dr Demo CSO', [
    ['hazard-log', '/programmes/ai-scribe-london'],
    ['versions', '/programmes/ai-scribe-london/versions'],
  ]],
  ['Alex Jones', [['icb-coverage', '/icbs/QMF'], ['deployment-board', '/icbs/QMF/deployments?programme=ai-scribe-london'], ['deployment', '/practices/Z90003/deployments/ai-scribe-london']]],
  ['Chris Taylor', [['national-coverage', '/national']]],
];

try {
  for (const [person, pages] of journeys) {
    const context = await browser.newContext({ baseURL: base, viewport: { width: 1280, height: 1000 } });
    const page = await context.newPage();
    if (person) {
      await page.goto('/sign-in');
      await page.getByLabel(person).check();
      await page.getByRole('button', { name: 'Continue' }).click();
      await page.waitForURL(url => !url.pathname.startsWith('/sign-in'));
    }
    for (const [name, path] of pages) {
      const response = await page.goto(path);
      if (!response?.ok()) throw new Error(`${path} answered ${response?.status()} for ${person ?? 'a visitor'}`);
      await page.screenshot({ path: join(out, `${name}.png`) });
      console.log(`${name}.png  ${path}`);
    }
    await context.close();
  }
} finally {
  await browser.close();
}
