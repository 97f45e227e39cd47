// Capture: one line in the `kith meet` grammar (docs/capture.md), a live
// preview of what kith understood (POST /people with dry_run, debounced),
// and Save. Made for a phone in one hand: the box at the top, big targets.

import {ApiError, api} from './api.js';
import {bdi, debounce, fill, h} from './dom.js';
import {day} from './format.js';

const EXAMPLES = [
  'Ben Okafor; met at Venture Cafe via Ana Silva; works at Acme as CTO',
  'Zoë Martin; dog Biscuit; likes trail running; needs a designer',
  'Sam Lee; offers mentoring; #climate, investor; sam@example.org; +44 20 7946 0958',
];

export async function render(main, ctx) {
  const box = h('textarea', {id: 'capture-line', name: 'capture', rows: 3, autocomplete: 'off',
    autocapitalize: 'words', spellcheck: 'false', enterkeyhint: 'done', 'aria-describedby': 'capture-hint',
    placeholder: 'Name; met at …; works at …; dog …; likes …'});
  const save = h('button', {type: 'submit', class: 'primary big', disabled: true}, 'Save');
  const said = h('p', {class: 'subtle', id: 'capture-said', role: 'status', 'aria-live': 'polite'});
  const preview = h('div', {class: 'preview', 'aria-labelledby': 'preview-h'});
  const result = h('div', {class: 'result', role: 'status', 'aria-live': 'polite'});
  let generation = 0;

  async function understand() {
    const line = box.value.trim();
    const mine = ++generation;
    save.disabled = !line;
    if (!line) {
      said.textContent = '';
      preview.replaceChildren();
      return;
    }
    try {
      const p = await api('POST', '/people', {capture: line, dry_run: true}, {signal: ctx.signal});
      if (mine !== generation) return;
      said.textContent = summary(p);
      fill(preview, h('h2', {id: 'preview-h'}, 'What kith understood'), fields(p));
    } catch (e) {
      if (mine !== generation || e.name === 'AbortError') return;
      said.textContent = '';
      fill(preview, h('p', {class: 'error'}, e.message));
    }
  }
  const later = debounce(understand, 250);
  ctx.signal.addEventListener('abort', later.cancel);
  box.addEventListener('input', () => {
    if (box.value.includes('\n')) box.value = box.value.replace(/\s*\n\s*/g, '; ');
    later();
  });

  const form = h('form', {class: 'capture', 'aria-label': 'Capture a person'},
    h('label', {htmlFor: 'capture-line', class: 'capture-label'}, 'Who did you meet?'),
    box,
    h('p', {class: 'hint', id: 'capture-hint'}, 'Name first, then anything you learnt, separated by semicolons.'),
    h('div', {class: 'actions'}, save),
    said);
  box.addEventListener('keydown', (e) => {
    if (e.key === 'Enter' && !e.shiftKey && !e.isComposing) {
      e.preventDefault();
      form.requestSubmit();
    }
  });
  form.addEventListener('submit', async (e) => {
    e.preventDefault();
    const line = box.value.trim();
    if (!line || save.disabled) return;
    later.cancel();
    save.disabled = true;
    try {
      const p = await api('POST', '/people', {capture: line});
      generation++;
      box.value = '';
      said.textContent = '';
      preview.replaceChildren();
      fill(result, saved(p));
      box.focus();
    } catch (err) {
      fill(result, h('p', {class: 'error'}, err instanceof ApiError ? err.message : String(err)));
      save.disabled = false;
    }
  });

  fill(main, h('h1', {tabindex: '-1'}, 'Capture'), form, result, preview, help(box, understand));
  if (box.value) understand();
  return box;
}

function summary(p) {
  const n = p.facts.length + p.needs.length + p.offers.length + p.tags.length + p.contacts.length;
  return `Understood: ${p.name.slice(0, 80)}${n ? `, and ${n} more detail${n === 1 ? '' : 's'}` : ''}.`;
}

// The preview as label/value pairs, in the order docs/capture.md lists them.
function fields(p) {
  const m = p.met;
  const rows = [
    ['Name', p.name], ['Works', [p.title, p.company].filter(Boolean).join(' at ')], ['Lives', p.location],
    ['Met at', m.where], ['Met via', m.through ? m.through.name : m.how], ['Met on', m.on && day(m.on)],
    ...p.facts.map((f) => [f.kind, f.text]),
    ...p.needs.map((n) => ['Needs', n]), ...p.offers.map((o) => ['Offers', o]),
    ['Tags', p.tags.map((t) => `#${t}`).join(' ')],
    ...p.contacts.map((c) => [c.kind, c.value]),
    ...p.dates.map((d) => [d.kind, d.date]),
    ...p.notes.map((n) => ['Note', n]),
  ].filter(([, v]) => v);
  return [
    h('dl', {class: 'pairs'}, rows.map(([k, v]) => [h('dt', null, k), h('dd', null, bdi(v))])),
    p.warnings.length ? h('ul', {class: 'warnings'}, p.warnings.map((w) => h('li', {class: 'notice'}, w))) : null,
  ];
}

function saved(p) {
  return h('div', {class: 'notice'},
    h('p', null, 'Saved ', h('a', {href: `/people/${p.id}`}, bdi(p.name)), '.'),
    p.warnings.length ? h('ul', null, p.warnings.map((w) => h('li', null, w))) : null);
}

function help(box, understand) {
  return h('details', {class: 'card help'},
    h('summary', null, 'How to write it'),
    h('p', null, 'The first part is the name. Each part after a semicolon starts with words kith knows: ',
      '“met at”, “via”, “works at … as …”, “lives in”, “dog …”, “daughter …”, “likes …”, ',
      '“wants to …”, “needs …”, “offers …”, “tags …”, “birthday 1990-04-12”, “note …”. ',
      'Emails, phone numbers, links and #tags are found anywhere. Anything else is kept as a note.'),
    h('p', null, 'Try one:'),
    h('ul', {class: 'examples'}, EXAMPLES.map((ex) => h('li', null,
      h('button', {type: 'button', class: 'example', onclick: () => { box.value = ex; box.focus(); understand(); }}, ex)))));
}
