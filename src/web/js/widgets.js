// Small pieces several pages draw: a person's avatar, tie strength, circle
// and drifting chips, and copying text to the clipboard.

import {bdi, h} from './dom.js';
import {CIRCLE_LABELS, initials} from './format.js';

export function avatar(name) {
  return h('span', {class: 'avatar', 'aria-hidden': 'true'}, initials(name));
}

// "Strength 62" with a bar; the number is what a screen reader hears.
export function strengthMeter(strength) {
  const value = Math.round(strength ?? 0);
  return h('span', {class: 'meter'},
    h('meter', {min: '0', max: '100', low: '25', high: '60', optimum: '100', value: String(value),
      'aria-label': `Tie strength ${value} of 100`}),
    h('span', {'aria-hidden': 'true'}, String(value)));
}

// Chips for the circle and, when set, a warning such as "drifting".
export function tieChips(circle, warning) {
  if (!circle) return null;
  return h('span', {class: 'chips'},
    h('span', {class: 'chip'}, CIRCLE_LABELS[circle] ?? circle),
    warning ? h('span', {class: 'chip drifting'}, warning) : null);
}

// A link to a person's page with the name isolated from the text around it.
export function personLink(ref, cls = 'name') {
  return h('a', {href: `/people/${ref.id}`, class: cls}, bdi(ref.name));
}

// Copies `text`; falls back to a hidden textarea and execCommand where the
// Clipboard API is missing or refused. Resolves true when it worked.
export async function copyText(text) {
  if (navigator.clipboard && window.isSecureContext) {
    try {
      await navigator.clipboard.writeText(text);
      return true;
    } catch {
      // fall through to the old way
    }
  }
  const area = h('textarea', {class: 'offscreen', readOnly: true, 'aria-hidden': 'true'});
  area.value = text;
  document.body.append(area);
  area.select();
  let ok = false;
  try {
    ok = document.execCommand('copy');
  } catch {
    ok = false;
  }
  area.remove();
  return ok;
}
