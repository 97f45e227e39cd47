// The web app in a real browser: node tests/web/run.mjs path/to/kith
//
// Starts `kith serve` on a temporary database, drives Debian's chromium
// through playwright-core on a 390x844 phone viewport, and walks what a
// person does: log in, try the demo, capture someone, find them, log a call,
// see Today change, import a vCard; then hostile names, keyboard-only use
// and the Today render time. Screenshots go to $KITH_WEB_ARTIFACTS
// (default build/web-artifacts). Exits non-zero on any failure.

import {execFileSync} from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

// Without `make web-deps` there is no playwright-core: skipped (ctest: 77).
if (!fs.existsSync(new URL('./node_modules/playwright-core/package.json', import.meta.url))) {
  console.log('web: skipped: no tests/web/node_modules (run make web-deps)');
  process.exit(77);
}
const {checkHostileNames, checkKeyboard, checkNarrow} = await import('./checks.mjs');
const {Steps, artifactsDir, check, checkNoSideways, daysAgo, fixtures, guard, launchChromium, repoRoot, startKith,
  tempDir} = await import('./lib.mjs');

const PHONE = {width: 390, height: 844};
const MAYA = 'Maya Lindqvist';

async function main() {
  const binary = process.argv[2];
  if (!binary || !fs.existsSync(binary)) {
    console.error('usage: node tests/web/run.mjs path/to/kith');
    return 2;
  }
  const dir = tempDir();
  const artifacts = artifactsDir();
  const steps = new Steps(artifacts);
  const kith = await startKith(path.resolve(binary), path.join(dir, 'kith.db'));
  const browser = await launchChromium();
  const watchdog = setTimeout(() => {
    console.error('web: gave up after 4 minutes');
    process.exit(1);
  }, 240000);
  try {
    const context = await browser.newContext({viewport: PHONE, baseURL: kith.base});
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], {origin: kith.base});
    const page = await context.newPage();
    guard(page, steps.failures);
    const step = (name, fn) => steps.run(name, fn, page);

    await step('security headers on the app shell', () => checkHeaders(kith.base));
    await step('login screen without a session', () => loginScreen(page, steps));
    await step('one-time login link greets an empty database', () => welcome(page, kith.login, steps));
    await step('demo network on and off', () => demo(page, steps));
    await step('capture with a live preview', () => capture(page, steps));
    await step('people: search as you type, open the person', () => findPerson(page, steps));
    await step('person: log an old call and a cadence', () => logInteraction(page, steps));
    await step('today: copy the opener, mark done', () => today(page, steps));
    await step('import a vCard by dropping it', () => importVcard(page, steps));
    await step('import: a file that is not contacts fails clearly', () => importBad(page, steps));
    await step('network picture and health chart', () => network(page, steps));
    await step('hostile names render inert', () => checkHostileNames(page, steps));
    await step('keyboard only', () => checkKeyboard(context, steps));
    await step('360 px wide', () => checkNarrow(page, steps));
    await step('today render time', () => todayTiming(page));
    await step('password login', () => passwordLogin(browser, path.resolve(binary), dir, steps));
  } finally {
    clearTimeout(watchdog);
    await browser.close();
    await kith.stop();
    fs.rmSync(dir, {recursive: true, force: true});
  }
  console.log(`web: screenshots in ${artifacts}`);
  return steps.summary() ? 0 : 1;
}

async function checkHeaders(base) {
  const res = await fetch(`${base}/people/1`);
  const csp = res.headers.get('content-security-policy') || '';
  check(res.status === 200 && (await res.text()).includes('/js/app.js'), 'a history-routed path serves the app');
  check(csp.includes("script-src 'self'") && csp.includes("style-src 'self'"), `strict CSP, got: ${csp}`);
  // index.html preloads every module, so they load at once, not import by import.
  const shell = await (await fetch(`${base}/`)).text();
  for (const file of fs.readdirSync(path.join(repoRoot, 'src', 'web', 'js')).filter((f) => f !== 'app.js')) {
    check(shell.includes(`<link rel="modulepreload" href="/js/${file}">`), `index.html preloads /js/${file}`);
  }
  const js = await fetch(`${base}/js/app.js`);
  check(js.status === 200 && js.headers.get('content-type').startsWith('text/javascript'), 'app.js is served as JavaScript');
}

async function loginScreen(page, steps) {
  await page.goto('/');
  await page.getByRole('heading', {name: 'Log in to kith'}).waitFor();
  check(await page.getByText('kith serve', {exact: false}).first().isVisible(), 'the login screen names kith serve');
  check(!(await page.getByRole('navigation', {name: 'Main'}).isVisible()), 'no navigation before logging in');
  await steps.shot(page, '01-login');
}

async function welcome(page, login, steps) {
  await page.goto(login);
  await page.getByRole('heading', {name: 'Welcome to kith'}).waitFor();
  for (const name of ['Capture a person', 'Import a file']) {
    check(await page.getByRole('link', {name}).isVisible(), `first steps offer "${name}"`);
  }
  await steps.shot(page, '02-welcome');
}

async function demo(page, steps) {
  await page.getByRole('button', {name: 'Explore the demo'}).click();
  const banner = page.getByRole('region', {name: 'Demo mode'});
  await banner.waitFor();
  await page.locator('.today-item').first().waitFor();
  await steps.shot(page, '03-demo-today');
  await demoPeople(page, steps);
  await demoConnect(page, steps);
  await banner.getByRole('button', {name: 'Back to my network'}).click();
  await page.getByRole('heading', {name: 'Welcome to kith'}).waitFor();
  check(!(await banner.isVisible()), 'the demo banner goes away');
}

// The demo's 300 people: pages of 50, the drifting filter, sort by strength.
async function demoPeople(page, steps) {
  await page.getByRole('navigation', {name: 'Main'}).getByRole('link', {name: 'People'}).click();
  const rows = page.locator('.people > li');
  await page.getByText('Showing 50 of 300 people').waitFor();
  await page.getByRole('button', {name: 'Show more'}).click();
  await page.getByText('Showing 100 of 300 people').waitFor();
  check(await rows.count() === 100, 'Show more appends the next page');
  await page.getByText('Filter and sort').click();
  await page.getByLabel('Sort by').selectOption('strength');
  await page.waitForURL(/sort=strength/);
  await page.getByText('Showing 50 of 300 people').waitFor();
  const strengths = await page.locator('.people meter').evaluateAll((ms) => ms.map((m) => m.value));
  check(strengths.every((v, i) => i === 0 || strengths[i - 1] >= v), `sorted by strength: ${strengths.slice(0, 8)}`);
  await page.getByLabel('Only people drifting away').check();
  await page.waitForURL(/drifting=1/);
  await page.waitForFunction(() => !document.querySelector('#main p[role=status]').textContent.includes('300'));
  const flags = await rows.evaluateAll((lis) => lis.map((li) => li.querySelector('.chip.drifting') !== null));
  check(flags.length > 0 && flags.length < 300 && flags.every(Boolean), `only drifting people: ${flags.length}`);
  await steps.shot(page, '03-demo-people-drifting');
}

// Connect on the demo: needs someone can meet, intro ideas, and a question.
async function demoConnect(page, steps) {
  await page.getByRole('navigation', {name: 'Main'}).getByRole('link', {name: 'Connect'}).click();
  const needs = page.getByRole('list', {name: 'Help out'}).locator('> li.card');
  await needs.first().waitFor();
  check(await needs.first().getByRole('button', {name: 'Copy message'}).isVisible(), 'each need has a draft to copy');
  await page.getByLabel('Ask your network').fill('who could help with fundraising');
  await page.getByRole('button', {name: 'Ask', exact: true}).click();
  const answers = page.getByRole('list', {name: 'Answers'}).locator('> li.card');
  await answers.first().waitFor();
  check((await answers.first().textContent()).includes('Ask '), 'an answer says whom to ask');
  await steps.shot(page, '03-demo-connect');
}

async function capture(page, steps) {
  await page.getByRole('navigation', {name: 'Main'}).getByRole('link', {name: 'Capture'}).click();
  const box = page.getByLabel('Who did you meet?');
  await box.waitFor();
  check(await box.evaluate((el) => el === document.activeElement), 'the capture box has the focus');
  const preview = page.locator('.preview');
  await box.pressSequentially(`${MAYA}; works at Acme as CTO`, {delay: 5});
  await preview.getByText('CTO at Acme').waitFor();
  await box.pressSequentially('; dog Biscuit; needs a designer; #climate; maya@acme.example', {delay: 5});
  await preview.getByText('dog Biscuit').waitFor();
  await preview.getByText('maya@acme.example').waitFor();
  await preview.getByText('#climate').waitFor();
  await steps.shot(page, '04-capture-preview');
  await page.getByRole('button', {name: 'Save'}).click();
  await page.locator('.result').getByRole('link', {name: MAYA}).waitFor();
  check(await box.inputValue() === '', 'the box is cleared for the next person');
}

async function findPerson(page, steps) {
  await page.getByRole('navigation', {name: 'Main'}).getByRole('link', {name: 'People'}).click();
  await page.getByRole('searchbox', {name: 'Search'}).pressSequentially('Lindq', {delay: 20});
  await page.waitForURL(/q=Lindq/);  // the search ran and is kept in the address
  const link = page.locator('.people').getByRole('link', {name: MAYA});
  await link.waitFor();
  await steps.shot(page, '05-people-search');
  await link.click();
  await page.getByRole('heading', {level: 1, name: MAYA}).waitFor();
  await page.getByText('dog Biscuit').waitFor();
  await page.getByText('a designer').waitFor();
}

async function logInteraction(page, steps) {
  const form = page.getByRole('form', {name: 'Log an interaction'});
  await form.getByLabel('Kind').selectOption('call');
  await form.getByLabel('When').fill(daysAgo(120));
  await form.getByLabel('What happened').fill('Caught up about the Acme launch');
  await form.getByRole('button', {name: 'Log it'}).click();
  await page.locator('.timeline').getByText('Caught up about the Acme launch').waitFor();
  await page.getByText('Keep in touch: circle and cadence').click();
  const keep = page.getByRole('form', {name: 'Keep in touch'});
  await keep.getByLabel('How often').selectOption('1m');
  await keep.getByRole('button', {name: 'Save'}).click();
  await page.locator('.pairs').getByText('every month').waitFor();
  check(await page.locator('.strength-chart').count() === 1, 'the strength chart is drawn');
  await checkNoSideways(page, 'person page');
  await steps.shot(page, '06-person');
}

async function today(page, steps) {
  await page.getByRole('navigation', {name: 'Main'}).getByRole('link', {name: 'Today'}).click();
  const item = page.locator('.today-item').filter({hasText: MAYA});
  await item.waitFor();
  const opener = (await item.locator('.opener').textContent()).trim();
  const reason = (await item.locator('.reason').textContent()).trim();
  check(opener.length > 0 && reason.length > 0, 'Today gives a reason and an opener');
  await steps.shot(page, '07-today');
  await item.getByRole('button', {name: 'Copy opener'}).click();
  await item.getByRole('button', {name: 'Copied'}).waitFor();
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  check(copied === opener, `the clipboard holds the opener: ${JSON.stringify(copied)} vs ${JSON.stringify(opener)}`);
  await item.getByRole('button', {name: 'Done'}).click();
  await item.waitFor({state: 'detached'});
  await page.locator('#status').getByText(`${MAYA}: done`).waitFor();
}

async function importVcard(page, steps) {
  await page.getByRole('navigation', {name: 'Main'}).getByRole('link', {name: 'Import'}).click();
  const text = fs.readFileSync(path.join(fixtures, 'contacts.vcf'), 'utf8');
  const drop = await page.evaluateHandle((content) => {
    const dt = new DataTransfer();
    dt.items.add(new File([content], 'contacts.vcf', {type: 'text/vcard'}));
    return dt;
  }, text);
  await page.locator('.dropzone').dispatchEvent('dragover', {dataTransfer: drop});
  await page.locator('.dropzone').dispatchEvent('drop', {dataTransfer: drop});
  const summary = page.locator('.import-summary');
  await summary.waitFor();
  check((await summary.textContent()).includes('2 new people'), `import summary: ${await summary.textContent()}`);
  await steps.shot(page, '08-import');
  await summary.getByRole('link', {name: 'See your people'}).click();
  for (const name of ['Priya Raman', 'Jonas Berg']) {
    await page.locator('.people').getByRole('link', {name}).waitFor();
  }
  await page.getByRole('searchbox', {name: 'Search'}).pressSequentially('northwind', {delay: 10});
  await page.locator('.people').getByRole('link', {name: 'Priya Raman'}).waitFor();
  await page.locator('.people').getByRole('link', {name: 'Jonas Berg'}).waitFor({state: 'detached'});
}

async function importBad(page, steps) {
  await page.getByRole('navigation', {name: 'Main'}).getByRole('link', {name: 'Import'}).click();
  await page.locator('#import-file').setInputFiles({name: 'notes.txt', mimeType: 'text/plain',
    buffer: Buffer.from('just some words, not contacts\n')});
  const error = page.locator('.import-status .error');
  await error.waitFor();
  check((await error.textContent()).includes('notes.txt'), `the error names the file: ${await error.textContent()}`);
  await steps.shot(page, '09-import-error');
}

async function network(page, steps) {
  await page.getByRole('navigation', {name: 'Main'}).getByRole('link', {name: 'Network'}).click();
  const node = page.locator('svg.network a.node').first();
  await node.waitFor();
  await node.hover();
  const label = page.locator('.hover-label text');
  await label.waitFor();
  const name = (await label.textContent()).trim();
  check(name.length > 0, 'hovering a person shows their name');
  check(await page.locator('.health-chart rect.healthy').count() > 0, 'the health chart has bars');
  await steps.shot(page, '10-network');
  await node.click();
  await page.getByRole('heading', {level: 1}).filter({hasText: name.replace(/…$/, '')}).waitFor();
}

// A second server whose database has a password (kith passwd reads it
// from stdin): the login screen offers the form.
async function passwordLogin(browser, binary, dir, steps) {
  const db = path.join(dir, 'locked', 'kith.db');
  fs.mkdirSync(path.dirname(db));
  execFileSync(binary, ['--db', db, 'passwd'], {input: 'correct horse battery\n'});
  const locked = await startKith(binary, db);
  const context = await browser.newContext({viewport: PHONE, baseURL: locked.base});
  try {
    const page = await context.newPage();
    guard(page, steps.failures);
    await page.goto('/');
    const form = page.getByRole('form', {name: 'Log in with your password'});
    await form.getByLabel('Password').fill('wrong');
    await form.getByRole('button', {name: 'Log in'}).click();
    await form.getByRole('alert').getByText('wrong password').waitFor();
    await steps.shot(page, '17-password-login');
    await form.getByLabel('Password').fill('correct horse battery');
    await form.getByRole('button', {name: 'Log in'}).click();
    await page.getByRole('heading', {name: 'Welcome to kith'}).waitFor();
  } finally {
    await context.close();
    await locked.stop();
  }
}

// Reloads Today a few times and reads the kith:today measure (request to
// list in the page) and the time from navigation start.
async function todayTiming(page) {
  const runs = [];
  for (let i = 0; i < 5; i++) {
    await page.goto('/');
    await page.waitForFunction(() => performance.getEntriesByName('kith:today').length > 0);
    runs.push(await page.evaluate(() => {
      const m = performance.getEntriesByName('kith:today')[0];
      return {render: m.duration, sinceNavigation: m.startTime + m.duration};
    }));
  }
  const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
  const render = median(runs.map((r) => r.render)), total = median(runs.map((r) => r.sinceNavigation));
  console.log(`# today render (small database): ${render.toFixed(1)} ms request-to-list, ${total.toFixed(1)} ms from navigation (median of 5)`);
  check(render < 100, `Today rendered in ${render.toFixed(1)} ms, over 100 ms`);
}

process.exitCode = await main().catch((e) => {
  console.error(`web: ${e.stack || e}`);
  return 1;
});
