// The forms on a person's page: log an interaction, add a note, a fact, a
// tag, a need or offer, and set how often to keep in touch. Each posts to
// /people/{id}/…, says what happened, and asks the page to refresh.

import {api} from './api.js';
import {field, h, select} from './dom.js';
import {CIRCLES, CIRCLE_LABELS, isoDay} from './format.js';

// core/kinds.cc: the names the API accepts.
const KINDS = ['coffee', 'meal', 'call', 'video', 'message', 'email', 'meeting', 'event', 'help', 'other'];
const FACT_KINDS = ['pet', 'family', 'hobby', 'work', 'goal', 'like', 'other'];
const DIRECTIONS = [['', 'Usual for the kind'], ['mutual', 'Both of us'], ['out', 'I reached out'],
  ['in', 'They reached out']];
const CADENCES = [['auto', 'Circle default'], ['1w', 'Every week'], ['2w', 'Every 2 weeks'],
  ['1m', 'Every month'], ['3m', 'Every 3 months'], ['6m', 'Every 6 months'], ['1y', 'Every year']];

// A form whose submit runs `send(form)`; on success it resets (unless
// keep), calls ctx.refresh() and announces `said(form)`.
function form(title, controls, submitLabel, send, said, ctx, keep = false) {
  const error = h('p', {class: 'error', role: 'alert'});
  const button = h('button', {type: 'submit', class: 'primary'}, submitLabel);
  const el = h('form', {class: 'detail-form', 'aria-label': title, noValidate: true},
    controls, h('div', {class: 'actions'}, button), error);
  el.addEventListener('submit', async (e) => {
    e.preventDefault();
    button.disabled = true;
    error.textContent = '';
    try {
      await send(el.elements);
      const message = said(el.elements);
      if (!keep) el.reset();
      await ctx.refresh();
      ctx.announce(message);
    } catch (err) {
      error.textContent = err.message;
    } finally {
      button.disabled = false;
    }
  });
  return el;
}

// Wrapped in a disclosure so the page stays short on a phone.
function disclosure(summary, body, open = false) {
  return h('details', {class: 'card disclosure', open}, h('summary', null, summary), body);
}

export function logForm(id, ctx) {
  const today = isoDay(new Date());
  const body = form('Log an interaction', [
    h('div', {class: 'row'},
      field('Kind', select(KINDS.map((k) => [k, k]), 'coffee', {name: 'kind'})),
      field('When', h('input', {type: 'date', name: 'when', max: today}), 'Empty means now'),
      field('Who reached out', select(DIRECTIONS, '', {name: 'direction'}))),
    field('What happened', h('textarea', {name: 'note', rows: 2, maxlength: '100000'})),
  ], 'Log it', (f) => api('POST', `/people/${id}/interactions`,
    {kind: f.kind.value, when: f.when.value, direction: f.direction.value, note: f.note.value}),
  (f) => `Logged a ${f.kind.value}`, ctx);
  return disclosure('Log an interaction', body, true);
}

export function noteForm(id, ctx) {
  return disclosure('Add a note', form('Add a note', [
    field('Note', h('textarea', {name: 'body', rows: 3, required: true})),
  ], 'Add note', (f) => api('POST', `/people/${id}/notes`, {body: f.body.value}), () => 'Note added', ctx));
}

export function factForm(id, ctx) {
  return disclosure('Add something that matters to them', form('Add a fact', [
    h('div', {class: 'row'},
      field('Kind', select(FACT_KINDS.map((k) => [k, k]), 'other', {name: 'kind'})),
      field('What', h('input', {type: 'text', name: 'text', required: true, placeholder: 'dog Biscuit'}))),
  ], 'Add fact', (f) => api('POST', `/people/${id}/facts`, {kind: f.kind.value, text: f.text.value}),
  () => 'Fact added', ctx));
}

export function askForm(id, ctx) {
  return disclosure('Add a need or an offer', form('Add a need or an offer', [
    h('div', {class: 'row'},
      field('Which', select([['needs', 'They need'], ['offers', 'They offer']], 'needs', {name: 'side'})),
      field('What', h('input', {type: 'text', name: 'text', required: true, placeholder: 'a designer'}))),
  ], 'Add', (f) => api('POST', `/people/${id}/${f.side.value}`, {text: f.text.value}),
  (f) => (f.side.value === 'needs' ? 'Need added' : 'Offer added'), ctx));
}

export function tagForm(id, ctx) {
  return disclosure('Add tags', form('Add tags', [
    field('Tags', h('input', {type: 'text', name: 'tags', required: true, autocomplete: 'off'}),
      'Separate several with commas'),
  ], 'Add tags', (f) => api('POST', `/people/${id}/tags`,
    {tags: f.tags.value.split(',').map((t) => t.trim().replace(/^#/, '')).filter(Boolean)}),
  () => 'Tags added', ctx));
}

// PUT circle and cadence: "auto" returns either to the model's choice.
export function keepForm(id, tie, ctx) {
  const circle = tie && !tie.circle_inferred ? tie.circle : 'auto';
  return disclosure('Keep in touch: circle and cadence', form('Keep in touch', [
    h('div', {class: 'row'},
      field('Circle', select([['auto', 'Worked out from the tie'], ...CIRCLES.map((c) => [c, CIRCLE_LABELS[c]])],
        circle, {name: 'circle'})),
      field('How often', select(CADENCES, 'auto', {name: 'cadence'}))),
  ], 'Save', async (f) => {
    await api('PUT', `/people/${id}/circle`, {value: f.circle.value});
    await api('PUT', `/people/${id}/cadence`, {value: f.cadence.value});
  }, () => 'Circle and cadence saved', ctx, true));
}
