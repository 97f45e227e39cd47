// Network: a picture of who you know (GET /network). You sit at the centre
// with one ring per circle; lines join people who know each other; size is
// tie strength and a dashed ring marks drifting. Hover or focus shows the
// name, a click (or Enter) opens the person; arrow keys move between
// people. Below, relationship health per circle as bars, and the same
// people as a plain list.

import {api} from './api.js';
import {bdi, fill, h, svg} from './dom.js';
import {CIRCLES, CIRCLE_LABELS, plural} from './format.js';
import {healthChart, healthLegend} from './chart.js';
import {layout} from './network_layout.js';

const SIZE = 720, OUTER = 320;

export async function render(main, ctx) {
  const net = await api('GET', '/network?nodes=150', undefined, {signal: ctx.signal});
  const drifting = net.nodes.filter((n) => n.drifting).length;
  fill(main,
    h('h1', {tabindex: '-1'}, 'Network'),
    h('p', {class: 'subtle'}, `${plural(net.nodes.length, 'person', 'people')} you are most in touch with, `,
      `${plural(net.edges.length, 'tie')} between them, ${drifting.toLocaleString()} drifting.`),
    net.nodes.length ? picture(net, ctx) : h('p', null, 'Nobody yet: capture or import people to see your network.'),
    h('section', {class: 'card', 'aria-labelledby': 'health-h'},
      h('h2', {id: 'health-h'}, 'Relationship health'), healthChart(net.health), healthLegend()),
    peopleList(net.nodes));
}

function picture(net, ctx) {
  const {positions, radii} = layout(net.nodes, net.edges, OUTER);
  const half = SIZE / 2;
  const root = svg('svg', {class: 'network', viewBox: `${-half} ${-half} ${SIZE} ${SIZE}`, role: 'group',
    'aria-label': 'Who knows whom. Arrow keys move between people; Enter opens one.'});
  const rings = svg('g', {class: 'rings', 'aria-hidden': 'true'});
  CIRCLES.forEach((c, i) => {
    if (!radii[i]) return;
    rings.append(svg('circle', {r: radii[i]}),
      svg('text', {class: 'ring-label', x: 0, y: radii[i] + 24, 'text-anchor': 'middle'}, CIRCLE_LABELS[c]));
  });
  rings.append(svg('circle', {class: 'you', r: 24}), svg('text', {class: 'you-label', y: 6, 'text-anchor': 'middle'}, 'you'));
  const lines = svg('g', {class: 'edges', 'aria-hidden': 'true'});
  const byNode = new Map(net.nodes.map((n) => [n.id, []]));
  for (const e of net.edges) {
    const a = positions.get(e.a), b = positions.get(e.b);
    if (!a || !b) continue;
    const line = svg('line', {x1: a.x, y1: a.y, x2: b.x, y2: b.y, class: e.count > 2 ? 'strong' : null});
    byNode.get(e.a).push(line);
    byNode.get(e.b).push(line);
    lines.append(line);
  }
  const label = svg('g', {class: 'hover-label', 'aria-hidden': 'true', visibility: 'hidden'});
  const people = svg('g', {class: 'nodes'});
  const order = [...net.nodes].sort((a, b) => CIRCLES.indexOf(a.circle) - CIRCLES.indexOf(b.circle) || a.id - b.id);
  const links = order.map((n, i) => node(n, positions.get(n.id), i === 0, byNode.get(n.id), label));
  people.append(...links);
  root.append(rings, lines, people, label);
  root.addEventListener('keydown', (e) => rove(e, links));
  return h('figure', {class: 'card network-figure'}, root,
    h('figcaption', {class: 'subtle'}, 'Rings from the centre: inner circle, close, network, wider, acquaintances. ',
      'Bigger dots are stronger ties; dashed rings are drifting.'));
}

function node(n, at, first, lines, label) {
  const r = 6 + n.strength / 100 * 10;
  const a = svg('a', {href: `/people/${n.id}`, class: `node ${n.circle}${n.drifting ? ' drifting' : ''}`,
    tabindex: first ? '0' : '-1',
    'aria-label': `${n.name.slice(0, 200)}: ${CIRCLE_LABELS[n.circle]}, strength ${n.strength}${n.drifting ? ', drifting' : ''}`},
  svg('circle', {cx: at.x, cy: at.y, r}), svg('title', null, n.name.slice(0, 200)));
  const show = () => {
    showLabel(label, n.name, at, r);
    lines.forEach((l) => l.classList.add('lit'));
  };
  const hide = () => {
    label.setAttribute('visibility', 'hidden');
    lines.forEach((l) => l.classList.remove('lit'));
  };
  a.addEventListener('mouseenter', show);
  a.addEventListener('focus', show);
  a.addEventListener('mouseleave', hide);
  a.addEventListener('blur', hide);
  return a;
}

// One shared label above the node; long names are cut for the picture.
function showLabel(label, name, at, r) {
  const text = [...name].length > 40 ? `${[...name].slice(0, 39).join('')}…` : name;
  const t = svg('text', {x: at.x, y: at.y - r - 14, 'text-anchor': 'middle', direction: 'ltr', 'unicode-bidi': 'plaintext'}, text);
  fill(label, t);
  label.setAttribute('visibility', 'visible');
  const box = t.getBBox();
  const limit = SIZE / 2 - 4;
  const dx = Math.max(-limit - box.x, Math.min(0, limit - (box.x + box.width)));
  t.setAttribute('x', String(at.x + dx));
  label.prepend(svg('rect', {x: box.x + dx - 6, y: box.y - 3, width: box.width + 12, height: box.height + 6, rx: 4}));
}

// Roving focus: one tab stop for the picture, arrows within it.
function rove(e, links) {
  const step = {ArrowRight: 1, ArrowDown: 1, ArrowLeft: -1, ArrowUp: -1}[e.key];
  const i = links.indexOf(document.activeElement);
  if (i < 0 || (step === undefined && e.key !== 'Home' && e.key !== 'End')) return;
  e.preventDefault();
  const next = e.key === 'Home' ? 0 : e.key === 'End' ? links.length - 1 : (i + step + links.length) % links.length;
  links[i].setAttribute('tabindex', '-1');
  links[next].setAttribute('tabindex', '0');
  links[next].focus();
}

function peopleList(nodes) {
  return h('details', {class: 'card'}, h('summary', null, 'The same people as a list'),
    CIRCLES.map((c) => {
      const ring = nodes.filter((n) => n.circle === c);
      if (!ring.length) return null;
      return [h('h3', null, `${CIRCLE_LABELS[c]} (${ring.length})`),
        h('ul', {class: 'items'}, ring.map((n) => h('li', null,
          h('a', {href: `/people/${n.id}`}, bdi(n.name)), n.drifting ? h('span', {class: 'subtle'}, ' · drifting') : null)))];
    }));
}
