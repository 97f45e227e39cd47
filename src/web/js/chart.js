// Charts drawn as SVG from numbers: a person's tie strength over the past
// year, and healthy-versus-drifting bars per circle. Each chart is one
// role="img" with a text alternative that says what it shows.

import {h, svg} from './dom.js';
import {CIRCLE_LABELS, day} from './format.js';

// points: [{at: ISO time, strength: 0..100}], oldest first.
export function strengthChart(points) {
  const w = 320, h0 = 130, left = 30, right = 8, top = 8, bottom = 24;
  const x = (i) => left + (points.length < 2 ? 0 : i * (w - left - right) / (points.length - 1));
  const y = (v) => top + (100 - v) * (h0 - top - bottom) / 100;
  const line = points.map((p, i) => `${i ? 'L' : 'M'}${x(i).toFixed(1)},${y(p.strength).toFixed(1)}`).join('');
  const area = `${line}L${x(points.length - 1).toFixed(1)},${y(0)}L${x(0)},${y(0)}Z`;
  const month = (iso) => new Date(iso).toLocaleDateString(undefined, {month: 'short', year: 'numeric'});
  const first = points[0], last = points[points.length - 1];
  const label = points.length
    ? `Tie strength over the past year, from ${first.strength} in ${month(first.at)} to ${last.strength} now`
    : 'No tie strength history yet';
  const chart = svg('svg', {class: 'chart strength-chart', viewBox: `0 0 ${w} ${h0}`, role: 'img',
    'aria-label': label, preserveAspectRatio: 'xMidYMid meet'});
  for (const v of [0, 50, 100]) {
    chart.append(svg('line', {class: 'grid', x1: left, x2: w - right, y1: y(v), y2: y(v)}),
      svg('text', {class: 'axis', x: left - 6, y: y(v) + 4, 'text-anchor': 'end'}, String(v)));
  }
  if (!points.length) return chart;
  chart.append(svg('path', {class: 'area', d: area}), svg('path', {class: 'line', d: line}));
  points.forEach((p, i) => chart.append(svg('circle', {class: i === points.length - 1 ? 'dot now' : 'dot',
    cx: x(i), cy: y(p.strength), r: i === points.length - 1 ? 4 : 2.5}, svg('title', null, `${day(p.at)}: ${p.strength}`))));
  chart.append(
    svg('text', {class: 'axis', x: x(0), y: h0 - 6, 'text-anchor': 'start'}, month(first.at)),
    svg('text', {class: 'axis', x: x(points.length - 1), y: h0 - 6, 'text-anchor': 'end'}, 'now'));
  return chart;
}

// health: [{circle, healthy, drifting}]: one stacked bar per circle.
export function healthChart(health) {
  const rows = health.filter((c) => c.healthy + c.drifting > 0);
  const max = Math.max(1, ...rows.map((c) => c.healthy + c.drifting));
  const w = 340, label = 100, rowH = 34, barH = 20, numbers = 70;
  const scale = (n) => n * (w - label - numbers) / max;
  const alt = rows.map((c) => `${CIRCLE_LABELS[c.circle]}: ${c.healthy} healthy, ${c.drifting} drifting`).join('; ');
  const chart = svg('svg', {class: 'chart health-chart', viewBox: `0 0 ${w} ${Math.max(rowH, rows.length * rowH)}`,
    role: 'img', 'aria-label': alt ? `Relationship health by circle. ${alt}.` : 'No relationships yet'});
  rows.forEach((c, i) => {
    const top = i * rowH + (rowH - barH) / 2;
    const good = scale(c.healthy), bad = scale(c.drifting);
    chart.append(
      svg('text', {class: 'axis label', x: 0, y: top + barH / 2 + 5}, CIRCLE_LABELS[c.circle]),
      svg('rect', {class: 'healthy', x: label, y: top, width: good, height: barH, rx: 3},
        svg('title', null, `${c.healthy} healthy`)),
      svg('rect', {class: 'drifting', x: label + good, y: top, width: bad, height: barH, rx: 3},
        svg('title', null, `${c.drifting} drifting`)),
      svg('text', {class: 'axis', x: label + good + bad + 6, y: top + barH / 2 + 5}, `${c.healthy} / ${c.drifting}`));
  });
  return chart;
}

export function healthLegend() {
  return h('p', {class: 'legend subtle', 'aria-hidden': 'true'},
    h('span', {class: 'swatch healthy'}), 'healthy ',
    h('span', {class: 'swatch drifting'}), 'drifting (numbers: healthy / drifting)');
}
