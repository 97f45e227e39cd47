// Connect: ask your network a question (GET /ask), the needs you or someone
// you know can meet (GET /help-out), and who to introduce to whom
// (GET /intros/suggestions). Every string from the server goes in as text.

import {api} from './api.js';
import {fill, h} from './dom.js';
import {copyText, personLink} from './widgets.js';

export async function render(main, ctx) {
  const answers = h('ol', {class: 'connect-list', 'aria-label': 'Answers'});
  const input = h('input', {type: 'search', id: 'ask-q', name: 'q', autocomplete: 'off',
    maxlength: '1000', placeholder: 'who could help me hire a kubernetes engineer'});
  const form = h('form', {class: 'ask', role: 'search', onsubmit: async (e) => {
    e.preventDefault();
    await ask(input.value, answers, ctx);
  }},
  h('label', {for: 'ask-q'}, 'Ask your network'), input,
  h('button', {type: 'submit', class: 'primary'}, 'Ask'));
  const needs = h('ol', {class: 'connect-list', 'aria-labelledby': 'help-title'});
  const ideas = h('ol', {class: 'connect-list', 'aria-labelledby': 'intros-title'});
  fill(main,
    h('h1', {tabindex: '-1'}, 'Connect'),
    form, answers,
    h('h2', {id: 'help-title'}, 'Help out'), needs,
    h('h2', {id: 'intros-title'}, 'Introductions to make'), ideas);
  const [help, intros] = await Promise.all([
    api('GET', '/help-out?limit=10', undefined, {signal: ctx.signal}),
    api('GET', '/intros/suggestions?limit=10', undefined, {signal: ctx.signal}),
  ]);
  drawNeeds(needs, help);
  drawIdeas(ideas, intros.items);
}

async function ask(q, list, ctx) {
  if (!q.trim()) return;
  try {
    const data = await api('GET', `/ask?q=${encodeURIComponent(q)}&limit=5`);
    fill(list, data.items.length
      ? data.items.map((a) => h('li', {class: 'card'},
        h('h3', {class: 'clamp'}, personLink(a.person), a.title || a.company
          ? h('span', {class: 'subtle'}, ` — ${[a.title, a.company].filter(Boolean).join(', ')}`) : null),
        h('p', null, a.reason),
        h('p', {class: 'subtle', dir: 'auto'}, 'Matched: ', a.snippet)))
      : [h('li', {class: 'subtle'}, 'Nobody matches yet: facts, notes, offers and tags are what kith searches.')]);
    ctx.announce(`${data.items.length} answers`);
  } catch (e) {
    fill(list, h('li', {class: 'error', role: 'alert'}, e.message));
  }
}

function drawNeeds(list, help) {
  if (!help.needs.length) {
    fill(list, h('li', {class: 'subtle'}, help.have_profile
      ? 'No open needs you or your contacts can meet yet.'
      : 'No matches yet. Add what you can offer: kith me offer "..."'));
    return;
  }
  fill(list, help.needs.map((n) => {
    const draft = h('blockquote', {class: 'opener', dir: 'auto'}, n.draft);
    const copy = h('button', {type: 'button', onclick: async () => {
      copy.textContent = (await copyText(n.draft)) ? 'Copied' : 'Select and copy';
    }}, 'Copy message');
    return h('li', {class: 'card'},
      h('h3', {class: 'clamp'}, personLink(n.person), ` needs “${n.need}”`),
      h('ul', null, n.matches.map((m) => h('li', null,
        m.mine ? 'You: ' : h('span', null, personLink(m.by), ' offers: '), `“${m.offer}”`))),
      draft, copy);
  }));
}

function drawIdeas(list, items) {
  fill(list, items.length
    ? items.map((i) => h('li', {class: 'card'},
      h('h3', {class: 'clamp'}, personLink(i.a), ' ↔ ', personLink(i.b)),
      h('p', {dir: 'auto'}, i.reason)))
    : [h('li', {class: 'subtle'}, 'No introductions to suggest yet.')]);
}
