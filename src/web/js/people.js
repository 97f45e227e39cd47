// People: search as you type, filter by circle, tag or drifting, sort, and
// page through with the server's cursor (GET /people). The filters live in
// the address (/people?q=ana&circle=close) so Back returns to the same list.

import {api, query} from './api.js';
import {bdi, debounce, field, fill, h, select} from './dom.js';
import {CIRCLES, CIRCLE_LABELS, plural, relative} from './format.js';
import {avatar, personLink, strengthMeter, tieChips} from './widgets.js';

const SORTS = [['', 'Best match, else name'], ['name', 'Name'], ['last_contact', 'Last contact'],
  ['strength', 'Tie strength']];

export async function render(main, ctx) {
  const s = ctx.search;
  const q = h('input', {type: 'search', name: 'q', value: s.get('q') ?? '', autocomplete: 'off',
    placeholder: 'Name, company, note, fact…', enterkeyhint: 'search'});
  const circle = select([['', 'Any circle'], ...CIRCLES.map((c) => [c, CIRCLE_LABELS[c]])],
    s.get('circle') ?? '', {name: 'circle'});
  const tag = h('input', {type: 'text', name: 'tag', value: s.get('tag') ?? '', list: 'tag-list',
    autocomplete: 'off'});
  const tags = h('datalist', {id: 'tag-list'});
  const drifting = h('input', {type: 'checkbox', id: 'only-drifting', name: 'drifting', checked: s.get('drifting') === '1'});
  const sort = select(SORTS, s.get('sort') ?? '', {name: 'sort'});
  const status = h('p', {class: 'subtle', role: 'status', 'aria-live': 'polite'});
  const list = h('ul', {class: 'people', 'aria-label': 'People'});
  const more = h('button', {type: 'button', class: 'more', hidden: true}, 'Show more');
  const error = h('p', {class: 'error', role: 'alert'});

  const filters = () => ({q: q.value.trim(), circle: circle.value, tag: tag.value.trim(),
    drifting: drifting.checked ? '1' : '', sort: sort.value});
  let generation = 0;
  let cursor = null;

  async function load(reset) {
    const mine = reset ? ++generation : generation;
    const f = filters();
    if (reset) history.replaceState(null, '', `/people${query(f)}`);
    const params = {...f, drifting: f.drifting ? 'true' : '', limit: 50, cursor: reset ? '' : cursor};
    more.disabled = true;
    try {
      const page = await api('GET', `/people${query(params)}`, undefined, {signal: ctx.signal});
      if (mine !== generation) return;  // a newer search has started
      error.textContent = '';
      if (reset) list.replaceChildren();
      list.append(...page.items.map(row));
      cursor = page.next_cursor;
      more.hidden = !cursor;
      const shown = list.children.length;
      status.textContent = page.total === 0 ? 'Nobody matches.'
        : shown < page.total ? `Showing ${shown.toLocaleString()} of ${plural(page.total, 'person', 'people')}`
        : plural(page.total, 'person', 'people');
    } catch (e) {
      if (e.name !== 'AbortError' && mine === generation) error.textContent = e.message;
    } finally {
      more.disabled = false;
    }
  }
  const search = debounce(() => load(true), 200);
  ctx.signal.addEventListener('abort', search.cancel);
  more.addEventListener('click', () => load(false));

  const form = h('form', {class: 'filters', role: 'search', 'aria-label': 'Find people',
    onsubmit: (e) => { e.preventDefault(); search.cancel(); load(true); }},
  field('Search', q),
  h('details', {class: 'filter-more', open: ['circle', 'tag', 'drifting', 'sort'].some((k) => s.get(k))},
    h('summary', null, 'Filter and sort'),
    h('div', {class: 'row'}, field('Circle', circle), field('Tag', tag), field('Sort by', sort)),
    h('div', {class: 'field inline'}, drifting, h('label', {htmlFor: 'only-drifting'}, 'Only people drifting away'))),
  tags);
  form.addEventListener('input', search);
  form.addEventListener('change', search);

  fill(main, h('h1', {tabindex: '-1'}, 'People'), form, status, error, list, more);
  loadTags(tags, ctx);
  await load(true);
}

function row(p) {
  const work = [p.title, p.company].filter(Boolean).join(' · ');
  return h('li', {class: 'card person-row'},
    avatar(p.name),
    h('div', {class: 'person-text'},
      h('h2', {class: 'clamp'}, personLink(p)),
      work ? h('p', {class: 'subtle clamp', dir: 'auto'}, work) : null,
      h('p', {class: 'subtle'}, `Last contact ${relative(p.last_interaction_at)}`),
      p.tags.length ? h('p', {class: 'chips'}, p.tags.slice(0, 6).map((t) => h('span', {class: 'chip'}, bdi(t)))) : null),
    p.tie ? h('div', {class: 'person-tie'}, strengthMeter(p.tie.strength),
      tieChips(p.tie.circle, p.tie.drifting ? 'drifting' : '')) : null);
}

async function loadTags(datalist, ctx) {
  try {
    const stats = await api('GET', '/stats', undefined, {signal: ctx.signal});
    fill(datalist, stats.top_tags.map((t) => h('option', {value: t.name})));
  } catch {
    // suggestions are optional
  }
}
