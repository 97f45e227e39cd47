// A person's page (/people/{id}): the brief before you meet them — how you
// met, what matters to them, needs and offers, tags, contact points, notes —
// then the tie (strength, circle, drifting, a year's chart) and the
// timeline of interactions, with forms to add to each (person_forms.js).
// The forms stay put; after each one only the lists above them redraw.

import {api} from './api.js';
import {bdi, fill, h} from './dom.js';
import {CIRCLE_LABELS, cadence, day, direction, plural, relative} from './format.js';
import {strengthChart} from './chart.js';
import {askForm, factForm, keepForm, logForm, noteForm, tagForm} from './person_forms.js';
import {avatar, personLink, strengthMeter, tieChips} from './widgets.js';

export async function render(main, ctx) {
  const id = ctx.params[0];
  const [person, timeline] = await load(id, ctx.signal);
  ctx.setTitle(person.name.slice(0, 60));
  const parts = {
    head: h('header', {class: 'person-head'}),
    brief: h('div'), facts: h('div'), asks: h('div'), tags: h('div'), contacts: h('div'),
    notes: h('div'), tie: h('div'), timeline: h('div'),
  };
  const forms = {...ctx, refresh: async () => update(parts, ...await load(id))};
  // A titled card: the redrawn part, then its form (or the form first).
  const section = (title, key, form, formFirst = false) => h('section',
    {class: 'card', 'aria-labelledby': `${key}-h`}, h('h2', {id: `${key}-h`}, title),
    formFirst ? [form, parts[key]] : [parts[key], form]);
  fill(main, h('article', {class: 'person'},
    parts.head,
    h('div', {class: 'person-grid'},
      h('div', {class: 'column'},
        section('How you met', 'brief'),
        section('What matters to them', 'facts', factForm(id, forms)),
        section('Needs and offers', 'asks', askForm(id, forms)),
        section('Tags', 'tags', tagForm(id, forms)),
        section('Contact', 'contacts'),
        section('Notes', 'notes', noteForm(id, forms))),
      h('div', {class: 'column'},
        section('Tie strength', 'tie', keepForm(id, person.tie, forms)),
        section('Timeline', 'timeline', logForm(id, forms), true)))));
  update(parts, person, timeline);
}

async function load(id, signal) {
  return Promise.all([
    api('GET', `/people/${id}`, undefined, {signal}),
    api('GET', `/people/${id}/interactions?limit=100`, undefined, {signal}),
  ]);
}

function update(parts, p, timeline) {
  fill(parts.head, head(p));
  fill(parts.brief, brief(p));
  fill(parts.facts, list(p.facts, (f) => [h('span', {class: 'chip'}, f.kind), ' ', bdi(f.text)],
    'Nothing yet. Pets, family, hobbies, goals: what would you ask about next time?'));
  fill(parts.asks, asks(p));
  fill(parts.tags, p.tags.length
    ? h('p', {class: 'chips'}, p.tags.map((t) => h('span', {class: 'chip'}, bdi(t))))
    : h('p', {class: 'subtle'}, 'No tags.'));
  fill(parts.contacts, list(p.contacts, contact, 'No email, phone or address yet.'));
  fill(parts.notes, list([...p.notes].reverse(), (n) => [
    h('p', {class: 'note', dir: 'auto'}, n.body), h('p', {class: 'subtle'}, day(n.at))], 'No notes.'));
  fill(parts.tie, tie(p));
  fill(parts.timeline, events(timeline.items, p));
  const title = parts.head.querySelector('h1');
  requestAnimationFrame(() => offerWholeName(title));
}

function head(p) {
  const work = [p.title, p.company].filter(Boolean).join(' at ');
  return [
    avatar(p.name),
    h('div', {class: 'person-title'},
      h('h1', {class: 'clamp', tabindex: '-1', dir: 'auto'}, p.name),
      work ? h('p', {class: 'clamp', dir: 'auto'}, work) : null,
      p.location ? h('p', {class: 'subtle', dir: 'auto'}, p.location) : null,
      p.tie ? tieChips(p.tie.circle, p.tie.drifting ? 'drifting' : '') : null,
      p.archived ? h('p', {class: 'notice'}, 'Archived: kith no longer suggests getting in touch.') : null),
  ];
}

// A 10 kB name is clamped to three lines; this lets you read all of it.
function offerWholeName(title) {
  if (!title || title.scrollHeight <= title.clientHeight + 2) return;
  const button = h('button', {type: 'button', class: 'link-button', 'aria-expanded': 'false'}, 'Show the whole name');
  button.addEventListener('click', () => {
    const open = title.classList.toggle('clamp') === false;
    button.setAttribute('aria-expanded', String(open));
    button.textContent = open ? 'Show less' : 'Show the whole name';
  });
  title.after(button);
}

function brief(p) {
  const m = p.met;
  const rows = [
    ['Where', m.where && bdi(m.where)], ['How', m.how && bdi(m.how)], ['When', m.on && day(m.on)],
    ['Through', m.through && personLink(m.through)], ['Added', day(p.created_at)],
  ].filter(([, v]) => v);
  return h('dl', {class: 'pairs'}, rows.map(([k, v]) => [h('dt', null, k), h('dd', null, v)]));
}

function list(items, draw, empty) {
  if (!items.length) return h('p', {class: 'subtle'}, empty);
  return h('ul', {class: 'items'}, items.map((item) => h('li', null, draw(item))));
}

function asks(p) {
  const row = (label, items) => items.length ? [h('h3', null, label),
    list(items, (a) => [bdi(a.text), a.open ? '' : h('span', {class: 'subtle'}, ' (met)')], '')] : null;
  if (!p.needs.length && !p.offers.length) {
    return h('p', {class: 'subtle'}, 'Nothing noted. What are they looking for, and how could they help others?');
  }
  return [row('They need', p.needs), row('They offer', p.offers)];
}

// Email, phone and web addresses become links; only http(s) URLs do.
function contact(c) {
  const href = c.kind === 'email' ? `mailto:${c.normalized || c.value}`
    : c.kind === 'phone' ? `tel:${c.normalized || c.value}`
    : c.kind === 'url' && /^https?:\/\//i.test(c.value) ? c.value : null;
  const value = href ? h('a', {href, rel: 'noopener noreferrer', target: c.kind === 'url' ? '_blank' : null}, bdi(c.value))
    : bdi(c.value);
  return [h('span', {class: 'chip'}, c.label || c.kind), ' ', value];
}

function tie(p) {
  const t = p.tie;
  if (!t) return h('p', {class: 'subtle'}, 'Archived people have no tie to keep.');
  const facts = [
    ['Circle', `${CIRCLE_LABELS[t.circle] ?? t.circle}${t.circle_inferred ? ' (worked out)' : ''}`],
    ['Cadence', cadence(t.cadence_days)],
    ['Last contact', p.last_interaction_at ? relative(p.last_interaction_at) : 'never'],
    ['Usual gap', t.usual_gap_days ? plural(Math.round(t.usual_gap_days), 'day') : 'not enough yet'],
    ['Interactions', String(p.interaction_count)],
  ];
  return [
    h('div', {class: 'tie-score'}, h('span', {class: 'big', 'aria-hidden': 'true'}, String(Math.round(t.strength))),
      strengthMeter(t.strength),
      t.drifting ? h('p', {class: 'chip drifting'}, `Drifting: ${plural(t.silence_days, 'day')} of silence`)
        : h('p', {class: 'subtle'}, 'Healthy')),
    h('dl', {class: 'pairs'}, facts.map(([k, v]) => [h('dt', null, k), h('dd', null, v)])),
    strengthChart(p.strength_history),
  ];
}

function events(items, p) {
  const total = p.interaction_count;
  if (!items.length) return h('p', {class: 'subtle'}, 'No interactions yet. Log the first one above.');
  return [
    h('ol', {class: 'timeline'}, items.map((i) => h('li', null,
      h('p', {class: 'when'}, h('time', {datetime: i.at}, day(i.at)), ' · ', h('strong', null, i.kind),
        ' · ', direction(i.direction)),
      i.summary ? h('p', {class: 'summary clamp', dir: 'auto'}, i.summary) : null,
      others(i, p.id)))),
    total > items.length ? h('p', {class: 'subtle'}, `The latest ${items.length} of ${total}.`) : null,
  ];
}

function others(interaction, id) {
  const with_ = interaction.participants.filter((r) => r.id !== Number(id)).slice(0, 8);
  if (!with_.length) return null;
  return h('p', {class: 'subtle'}, 'With ', with_.flatMap((r, n) => [n ? ', ' : '', personLink(r)]));
}
