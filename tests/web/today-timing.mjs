// Today's render time on a big network, in chromium:
//   node tests/web/today-timing.mjs path/to/kith [path/to/demo.db]
//
// Serves the demo database (`kith --db DB serve --demo`), making it first if
// it is missing: 10,000 people, 1,000,000 interactions, 30,000 ties, as in
// docs/benchmarks.md. Loads Today on a phone viewport several times and
// prints the kith:today measure (request sent to list in the page), the
// time from navigation start, and the API's own time, the first (cold
// server cache) load apart from the rest. Not part of `make check`.

import {execFileSync} from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import {launchChromium, startKith} from './lib.mjs';

const RUNS = 9;

// kith:today (marked by src/web/js/today.js) and the API's share of it.
async function measure(page) {
  await page.waitForFunction(() => performance.getEntriesByName('kith:today').length > 0, null, {timeout: 60000});
  return page.evaluate(() => {
    const m = performance.getEntriesByName('kith:today')[0];
    const api = performance.getEntriesByType('resource').find((r) => r.name.includes('/api/v1/today'));
    return {render: m.duration, navigation: m.startTime + m.duration, api: api ? api.responseEnd - api.requestStart : NaN,
      items: document.querySelectorAll('.today-item').length};
  });
}

async function main() {
  const binary = path.resolve(process.argv[2] || 'build/kith');
  const db = path.resolve(process.argv[3] || '/tmp/kith-big/demo.db');
  if (!fs.existsSync(db)) {
    fs.mkdirSync(path.dirname(db), {recursive: true});
    console.log(`making the 10,000-person demo in ${db} (a minute or so)…`);
    execFileSync(binary, ['--db', db, 'demo', '--people', '10000', '--interactions', '1000000', '--knows', '30000'],
      {stdio: 'inherit'});
  }
  const kith = await startKith(binary, db, ['--demo']);
  const browser = await launchChromium();
  try {
    const page = await browser.newPage({viewport: {width: 390, height: 844}});
    // The login link lands on Today: that first load meets a cold server.
    // Chromium's own start-up is kept out of it: first an address that is
    // not the app, and a moment's rest.
    await page.goto(`${kith.base}/api/v1/session`);
    await page.waitForTimeout(1000);
    await page.goto(kith.login);
    const runs = [await measure(page)];
    for (let i = 0; i < RUNS; i++) {
      await page.goto(`${kith.base}/`);
      runs.push(await measure(page));
    }
    const [cold, ...warm] = runs;
    const ms = (x) => `${x.toFixed(1)} ms`;
    const spread = (key) => {
      const xs = warm.map((r) => r[key]).sort((a, b) => a - b);
      return `${ms(xs[Math.floor(xs.length / 2)])} (${ms(xs[0])}–${ms(xs[xs.length - 1])})`;
    };
    console.log(`Today on ${db} (${cold.items} people in the queue), chromium ${browser.version()}`);
    console.log(`  first load, cold server: ${ms(cold.render)} request-to-list (API ${ms(cold.api)}), ${ms(cold.navigation)} from navigation`);
    console.log(`  next ${warm.length}, median (min–max):`);
    console.log(`    request-to-list  ${spread('render')}`);
    console.log(`    API              ${spread('api')}`);
    console.log(`    from navigation  ${spread('navigation')}`);
    const median = warm.map((r) => r.render).sort((a, b) => a - b)[Math.floor(warm.length / 2)];
    return median < 100 ? 0 : 1;
  } finally {
    await browser.close();
    await kith.stop();
  }
}

process.exitCode = await main().catch((e) => {
  console.error(`today-timing: ${e.stack || e}`);
  return 1;
});
