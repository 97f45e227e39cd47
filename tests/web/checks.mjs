// The checks that are not a user's story: hostile text, keyboard-only use,
// and a 360 px phone.

import {apiCall, check, checkNoSideways, daysAgo} from './lib.mjs';

// Names as a hostile or careless source would write them. kith keeps names
// up to 1,000 bytes; the 10 kB case goes through Capture, where the server
// refuses it and the page must show that refusal as text.
const HOSTILE = [
  '<img src=x onerror=alert(1)>',
  'Dr. "Quote" O\'Brien \'n\' "friends"',
  '\u202Eevil\u202C Ward',
  '\u200Fمريم الحسن\u200F',
  '<script>alert(2)</script> Script',
  'W'.repeat(1000),
];
const HOSTILE_NOTE = `${'x'.repeat(4900)}<img src=y onerror=alert(4)>${'y'.repeat(4900)}`;  // the API takes 10,000 bytes
const TEN_KB_NAME = `${'Z'.repeat(9960)}<img src=z onerror=alert(5)>`;

// Nothing the page drew may be markup made from data.
async function checkInert(page, where) {
  const found = await page.evaluate(() => {
    const bad = [...document.body.querySelectorAll('img, script, iframe, object, embed')].map((el) => el.outerHTML.slice(0, 80));
    for (const el of document.body.querySelectorAll('*')) {
      for (const a of el.attributes) if (a.name.startsWith('on')) bad.push(`${el.tagName} ${a.name}`);
    }
    return bad;
  });
  check(found.length === 0, `${where}: markup from data in the page: ${found.join(', ')}`);
  await checkNoSideways(page, where);
}

async function makeHostilePeople(page) {
  const ids = [];
  for (const name of HOSTILE) {
    const made = await apiCall(page, 'POST', '/people', {capture: name});
    check(made.status === 201, `capture ${JSON.stringify(name.slice(0, 40))}: ${made.status} ${JSON.stringify(made.body)}`);
    check(made.body.name === name, `the name is kept as typed: ${JSON.stringify(made.body.name.slice(0, 60))}`);
    const id = made.body.id;
    ids.push(id);
    const writes = [
      ['POST', `/people/${id}/interactions`, {kind: 'meeting', when: daysAgo(200), note: '<b>not bold</b>'}],
      ['PUT', `/people/${id}/cadence`, {value: '1m'}],
      ['POST', `/people/${id}/facts`, {kind: 'like', text: '"><svg onload=alert(3)>'}],
      ['POST', `/people/${id}/notes`, {body: HOSTILE_NOTE}],
      ['POST', `/people/${id}/tags`, {tags: ['<i>tag</i>', '\u202Egat']}],
    ];
    for (const [method, url, body] of writes) {
      const r = await apiCall(page, method, url, body);
      check(r.status < 300, `${method} ${url}: ${r.status} ${JSON.stringify(r.body)}`);
    }
  }
  return ids;
}

export async function checkHostileNames(page, steps) {
  const ids = await makeHostilePeople(page);
  await page.goto('/');
  const items = page.locator('.today-item');
  await items.first().waitFor();
  await checkInert(page, 'Today');
  await steps.shot(page, '11-hostile-today');
  const first = items.first();
  const id = await first.getAttribute('data-id');
  await first.getByRole('button', {name: 'Snooze a week'}).click();
  await page.locator(`.today-item[data-id="${id}"]`).waitFor({state: 'detached'});

  await page.goto('/people?sort=name');
  await page.locator('.people').getByRole('link', {name: HOSTILE[0]}).waitFor();
  await checkInert(page, 'People');
  await steps.shot(page, '12-hostile-people');

  for (const [i, personId] of ids.entries()) {
    await page.goto(`/people/${personId}`);
    const h1 = page.getByRole('heading', {level: 1});
    await h1.waitFor();
    check(await h1.textContent() === HOSTILE[i], `person ${personId}: the heading is the name, verbatim`);
    await page.getByText('"><svg onload=alert(3)>').waitFor();
    await checkInert(page, `person ${personId}`);
  }
  const whole = page.getByRole('button', {name: 'Show the whole name'});
  await whole.click();
  await page.getByRole('button', {name: 'Show less'}).waitFor();
  await checkInert(page, 'a 1,000-byte name in full');
  await steps.shot(page, '13-hostile-long-name');

  await page.goto('/capture');
  const box = page.getByLabel('Who did you meet?');
  await box.fill(TEN_KB_NAME);
  await page.locator('.preview .error').waitFor();
  await checkInert(page, 'Capture with a 10 kB name');
  await steps.shot(page, '14-hostile-10kb-capture');
  await box.fill('');

  await page.goto('/network');
  await page.locator('svg.network').waitFor();
  await checkInert(page, 'Network');
}

// Presses Tab (or Shift+Tab) until `test`, run in the page on
// document.activeElement, holds; then checks that the focus is visible.
async function tabTo(page, what, test, max = 40, key = 'Tab') {
  for (let i = 0; i < max; i++) {
    await page.keyboard.press(key);
    const state = await page.evaluate((src) => {
      const el = document.activeElement;
      const style = getComputedStyle(el);
      const visible = (style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0) || style.boxShadow !== 'none';
      return {hit: new Function('el', `return ${src}`)(el), visible, tag: el.tagName, text: (el.textContent || el.value || '').trim().slice(0, 40)};
    }, test);
    if (state.hit) {
      check(state.visible, `${what}: focused but with no visible focus ring`);
      return;
    }
  }
  throw new Error(`${what}: not reached with ${max} presses of Tab`);
}

export async function checkKeyboard(context, steps) {
  const page = await context.newPage();
  try {
    await page.goto('/');
    await page.locator('#main h1').waitFor();
    await tabTo(page, 'the skip link', "el.classList.contains('skip')", 1);
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => document.activeElement.id === 'main', null, {timeout: 5000})
      .catch(() => { throw new Error('the skip link moves the focus to the content'); });
    await tabTo(page, 'People in the navigation, backwards', "el.closest('.nav') && el.textContent.trim() === 'People'",
      6, 'Shift+Tab');
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/people$/);
    await page.waitForFunction(() => document.activeElement.tagName === 'H1', null, {timeout: 5000})
      .catch(() => { throw new Error('a new page puts the focus on its heading'); });
    await tabTo(page, 'the search box', "el.type === 'search'", 3);
    await page.keyboard.type('Maya', {delay: 20});
    await page.locator('.people').getByRole('link', {name: 'Maya Lindqvist'}).waitFor();
    await page.locator('.people li').nth(1).waitFor({state: 'detached'});
    await tabTo(page, 'the first result', "el.closest('.people') !== null", 5);
    await steps.shot(page, '15-keyboard-focus');
    await page.keyboard.press('Enter');
    await page.getByRole('heading', {level: 1, name: 'Maya Lindqvist'}).waitFor();
    await tabTo(page, 'the note box of the log form', "el.name === 'note'", 80);
    await page.keyboard.type('Keyboard-only coffee');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await page.locator('.timeline').getByText('Keyboard-only coffee').waitFor();
  } finally {
    await page.close();
  }
}

export async function checkNarrow(page, steps) {
  await page.setViewportSize({width: 360, height: 740});
  for (const path of ['/', '/people', '/capture', '/network', '/import']) {
    await page.goto(path);
    await page.locator('#main h1').waitFor();
    await page.waitForFunction(() => !document.getElementById('main').hasAttribute('aria-busy'));
    await checkNoSideways(page, `${path} at 360 px`);
  }
  const sizes = await page.evaluate(() => [...document.querySelectorAll('.nav a, button.primary')].map((el) => {
    const r = el.getBoundingClientRect();
    return {text: el.textContent.trim(), width: r.width, height: r.height};
  }));
  for (const s of sizes) check(s.height >= 44 && s.width >= 44, `touch target "${s.text}" is ${s.width}x${s.height} px`);
  await page.goto('/capture');
  await page.getByLabel('Who did you meet?').fill('Ana Silva; met at the climbing gym; dog Pixel');
  await page.locator('.preview').getByText('dog Pixel').waitFor();
  await steps.shot(page, '16-capture-360');
  await page.setViewportSize({width: 390, height: 844});
}
