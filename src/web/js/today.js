// Today: the reconnect queue (GET /today). Each person comes with why they
// are here and an opener to send; copy it, mark them done or snooze them,
// and the queue moves on. An empty database gets first steps instead.
//
// Timing: marks kith:today:start before the request and kith:today:rendered
// once the list is in the page; the measure kith:today is what
// tests/web/today-timing.mjs reports.

import {api} from './api.js';
import {fill, h} from './dom.js';
import {day, plural} from './format.js';
import {copyText, personLink, strengthMeter, tieChips} from './widgets.js';
import {welcome} from './welcome.js';

export async function render(main, ctx) {
  performance.clearMarks('kith:today:start');
  performance.clearMarks('kith:today:rendered');
  performance.clearMeasures('kith:today');
  performance.mark('kith:today:start');
  const data = await api('GET', '/today', undefined, {signal: ctx.signal});
  if (!data.items.length && await isEmpty(ctx)) {
    fill(main, welcome(ctx));
    return;
  }
  const list = h('ol', {class: 'queue', 'aria-labelledby': 'today-title'});
  const summary = h('p', {class: 'subtle', id: 'today-summary'});
  fill(main,
    h('div', {class: 'section-head'},
      h('h1', {id: 'today-title', tabindex: '-1'}, 'Today'),
      h('p', {class: 'subtle'}, h('time', {datetime: data.date}, day(data.date)))),
    summary, list);
  draw(list, summary, data.items, ctx);
  performance.mark('kith:today:rendered');
  performance.measure('kith:today', 'kith:today:start', 'kith:today:rendered');
}

async function isEmpty(ctx) {
  const page = await api('GET', '/people?limit=1&archived=true', undefined, {signal: ctx.signal});
  return page.total === 0;
}

function draw(list, summary, items, ctx) {
  summary.textContent = items.length
    ? `${plural(items.length, 'person', 'people')} worth a message today.`
    : 'Nobody is waiting for you today. Enjoy it — or capture someone new.';
  fill(list, items.map((item) => entry(item, list, summary, ctx)));
}

function entry(item, list, summary, ctx) {
  const name = item.person.name;
  const opener = h('blockquote', {class: 'opener', dir: 'auto'}, item.opener);
  const act = async (button, path, body, done) => {
    button.disabled = true;
    try {
      await api('POST', path, body);
      const fresh = await api('GET', '/today');
      draw(list, summary, fresh.items, ctx);
      ctx.announce(done);
      (list.querySelector('h2 a') ?? document.getElementById('today-title')).focus();
    } catch (e) {
      button.disabled = false;
      ctx.announce(`Could not update ${name}: ${e.message}`);
    }
  };
  const copy = h('button', {type: 'button', class: 'primary', onclick: async () => {
    const ok = await copyText(item.opener);
    copy.textContent = ok ? 'Copied' : 'Select and copy';
    if (!ok) window.getSelection().selectAllChildren(opener);
    ctx.announce(ok ? `Opener for ${name} copied` : 'Copying is blocked here: the opener is selected, copy it yourself');
    setTimeout(() => { copy.textContent = 'Copy opener'; }, 2000);
  }}, 'Copy opener');
  const done = h('button', {type: 'button', onclick: () =>
    act(done, `/today/${item.person.id}/done`, {}, `${name}: done, logged as a message today`)}, 'Done');
  const snooze = h('button', {type: 'button', onclick: () =>
    act(snooze, `/today/${item.person.id}/snooze`, {days: 7}, `${name}: snoozed for a week`)}, 'Snooze a week');
  return h('li', {class: 'card today-item', 'data-id': String(item.person.id)},
    h('div', {class: 'item-head'},
      h('h2', {class: 'clamp'}, personLink(item.person)),
      strengthMeter(item.strength)),
    tieChips(item.circle, item.overdue_ratio > 1 ? 'overdue' : ''),
    h('p', {class: 'reason', dir: 'auto'}, item.reason),
    opener,
    h('div', {class: 'actions', role: 'group', 'aria-label': `Actions for ${name.slice(0, 100)}`},
      copy, done, snooze));
}
