// Helpers for the browser tests: start `kith serve` on a temporary
// database, launch Debian's chromium, run named steps and report them.

import {spawn} from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {fileURLToPath} from 'node:url';
import {chromium} from 'playwright-core';

const here = path.dirname(fileURLToPath(import.meta.url));
export const repoRoot = path.resolve(here, '..', '..');
export const fixtures = path.join(here, 'fixtures');

// Where screenshots go: $KITH_WEB_ARTIFACTS, else build/web-artifacts.
export function artifactsDir() {
  const dir = process.env.KITH_WEB_ARTIFACTS || path.join(repoRoot, 'build', 'web-artifacts');
  fs.mkdirSync(dir, {recursive: true});
  for (const f of fs.readdirSync(dir)) if (f.endsWith('.png')) fs.rmSync(path.join(dir, f));
  return dir;
}

export function tempDir(prefix = 'kith-web-') {
  return fs.mkdtempSync(path.join(os.tmpdir(), prefix));
}

// Starts `kith --db DB serve --port 0 ...extra`; resolves to {base, login,
// stop} once it has printed its address and one-time login link.
export function startKith(binary, db, extra = []) {
  const child = spawn(binary, ['--db', db, 'serve', '--port', '0', ...extra], {stdio: ['ignore', 'pipe', 'pipe']});
  let out = '';
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => fail(new Error(`kith serve printed no login link in 20 s:\n${out}`)), 20000);
    const fail = (e) => {
      clearTimeout(timer);
      child.kill('SIGTERM');
      reject(e);
    };
    const read = (chunk) => {
      out += chunk;
      const link = out.match(/(http:\/\/[^\s/]+)\/login\?token=[0-9a-f]+/);
      if (!link) return;
      clearTimeout(timer);
      resolve({base: link[1], login: link[0], output: () => out, stop: () => stop(child)});
    };
    child.stdout.setEncoding('utf8').on('data', read);
    child.stderr.setEncoding('utf8').on('data', (c) => { out += c; });
    child.on('error', fail);
    child.on('exit', (code) => fail(new Error(`kith serve exited with ${code}:\n${out}`)));
  });
}

function stop(child) {
  if (child.exitCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    child.removeAllListeners('exit');
    child.on('exit', resolve);
    child.kill('SIGTERM');
    setTimeout(() => child.kill('SIGKILL'), 3000).unref();
  });
}

export function launchChromium() {
  return chromium.launch({
    executablePath: process.env.KITH_CHROMIUM || '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update',
      '--disable-sync', '--no-first-run'],
  });
}

// Fails the run on script errors, CSP violations and any alert/confirm.
export function guard(page, failures) {
  page.on('dialog', async (d) => {
    failures.push(`a ${d.type()} dialog opened: ${JSON.stringify(d.message())} (hostile text ran as code?)`);
    await d.dismiss().catch(() => {});
  });
  page.on('pageerror', (e) => failures.push(`script error on ${page.url()}: ${e.message}`));
  page.on('console', (m) => {
    if (m.type() === 'error' && /Content Security Policy|Refused to/i.test(m.text())) {
      failures.push(`CSP violation on ${page.url()}: ${m.text()}`);
    }
  });
}

// Runs steps in order, stopping at the first failure; prints a TAP-like
// line per step and the closing "N passed, N failed".
export class Steps {
  constructor(artifacts) {
    this.artifacts = artifacts;
    this.passed = 0;
    this.failed = 0;
    this.stopped = false;
    this.failures = [];  // from page guards, checked after each step
  }

  async run(name, fn, page) {
    if (this.stopped) return;
    const started = Date.now();
    try {
      await fn();
      if (this.failures.length) throw new Error(this.failures.splice(0).join('\n'));
      this.passed++;
      console.log(`ok - ${name} (${Date.now() - started} ms)`);
    } catch (e) {
      this.failed++;
      this.stopped = true;
      console.log(`not ok - ${name}\n  ${String(e.stack || e).split('\n').join('\n  ')}`);
      if (page) await this.shot(page, `FAILED-${name.replace(/\W+/g, '-')}`).catch(() => {});
    }
  }

  async shot(page, name) {
    await page.screenshot({path: path.join(this.artifacts, `${name}.png`), fullPage: true});
  }

  summary() {
    console.log(`web: ${this.passed} passed, ${this.failed} failed`);
    return this.failed === 0;
  }
}

export function check(condition, message) {
  if (!condition) throw new Error(message);
}

// The page must not scroll sideways: hostile or long text stays inside.
export async function checkNoSideways(page, where) {
  const {scroll, width} = await page.evaluate(() => ({scroll: document.documentElement.scrollWidth, width: innerWidth}));
  check(scroll <= width, `${where}: the page is ${scroll} px wide in a ${width} px viewport`);
}

// Calls the API from inside the page, as the app does (cookie + CSRF).
export function apiCall(page, method, url, body) {
  return page.evaluate(async ([m, u, b]) => {
    const session = await (await fetch('/api/v1/session')).json();
    const res = await fetch(`/api/v1${u}`, {method: m, headers: {'Content-Type': 'application/json', 'X-CSRF-Token': session.csrf},
      body: b === undefined ? undefined : JSON.stringify(b)});
    return {status: res.status, body: await res.json().catch(() => null)};
  }, [method, url, body]);
}

export function daysAgo(n) {
  const d = new Date(Date.now() - n * 86400000);
  return d.toISOString().slice(0, 10);
}
