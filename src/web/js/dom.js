// Building the page from data without ever parsing data as HTML.
//
//   h('a', {href: `/people/${p.id}`, class: 'name'}, p.name)
//   h('button', {type: 'button', onclick: done}, 'Done')
//
// Strings become text nodes, so a name like `<img src=x onerror=…>` shows as
// those characters and nothing runs. Props: `class`, `text`, `on<event>`
// handlers, `aria-*`/`data-*`/`role` and other attributes (set with
// setAttribute), and DOM properties (value, checked, disabled, hidden, …).
// No `style`: the Content-Security-Policy allows no inline styles, so the
// look comes from classes in app.css.

const SVG_NS = 'http://www.w3.org/2000/svg';
const PROPERTIES = new Set(['value', 'checked', 'disabled', 'hidden', 'open',
  'required', 'multiple', 'readOnly', 'tabIndex', 'id', 'type', 'name', 'htmlFor']);

function apply(el, props) {
  for (const [key, value] of Object.entries(props || {})) {
    if (value === undefined || value === null || value === false) continue;
    if (key === 'class') el.setAttribute('class', Array.isArray(value) ? value.filter(Boolean).join(' ') : value);
    else if (key === 'text') el.textContent = String(value);
    else if (key.startsWith('on') && typeof value === 'function') el.addEventListener(key.slice(2), value);
    else if (PROPERTIES.has(key) && !(el instanceof SVGElement)) el[key] = value;
    else el.setAttribute(key, value === true ? '' : String(value));
  }
}

function append(el, children) {
  for (const child of children) {
    if (child === undefined || child === null || child === false) continue;
    if (Array.isArray(child)) append(el, child);
    else el.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
}

// An HTML element.
export function h(tag, props, ...children) {
  const el = document.createElement(tag);
  apply(el, props);
  append(el, children);
  return el;
}

// An SVG element (numbers are fine as attribute values).
export function svg(tag, attrs, ...children) {
  const el = document.createElementNS(SVG_NS, tag);
  apply(el, attrs);
  append(el, children);
  return el;
}

// Replaces everything inside `el` with `children`.
export function fill(el, ...children) {
  el.replaceChildren();
  append(el, children);
  return el;
}

// A name or other user text inline, isolated so RTL marks cannot reorder
// the words around it.
export function bdi(text, cls) {
  return h('bdi', {class: cls, dir: 'auto'}, text ?? '');
}

// A labelled form control: h('label') around the text, then the control.
let nextId = 0;
export function field(labelText, control, hint) {
  if (!control.id) control.id = `f${++nextId}`;
  const parts = [h('label', {htmlFor: control.id}, labelText), control];
  if (hint) {
    const hintEl = h('p', {class: 'hint', id: `${control.id}-hint`}, hint);
    control.setAttribute('aria-describedby', hintEl.id);
    parts.push(hintEl);
  }
  return h('div', {class: 'field'}, parts);
}

// A <select> with [value, label] options.
export function select(options, value, props) {
  return h('select', props, options.map(([v, label]) =>
    h('option', {value: v, selected: v === value}, label)));
}

// Runs `fn` once `ms` have passed since the last call.
export function debounce(fn, ms) {
  let timer = 0;
  const wrapped = (...args) => {
    clearTimeout(timer);
    timer = setTimeout(() => fn(...args), ms);
  };
  wrapped.cancel = () => clearTimeout(timer);
  return wrapped;
}
