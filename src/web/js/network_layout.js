// Where each person sits in the network picture: you at the centre, one
// ring per circle (inner nearest), and within a ring people ordered so that
// those who know each other sit near each other (two barycentre sweeps:
// each person's angle is the mean angle of the people they know on rings
// already placed). Pure: numbers in, positions out.

import {CIRCLES} from './format.js';

// nodes: [{id, circle, strength}], edges: [{a, b}]. Returns
// {positions: Map(id → {x, y}), radii: [ring radius per circle]}, centred on
// (0, 0) with the outer ring at `radius`.
export function layout(nodes, edges, radius) {
  const rings = CIRCLES.map((c) => nodes.filter((n) => n.circle === c));
  const used = rings.map((r, i) => (r.length ? i : -1)).filter((i) => i >= 0);
  const radii = CIRCLES.map(() => 0);
  // The first ring keeps clear of you at the centre.
  used.forEach((ring, k) => { radii[ring] = radius * (0.3 + 0.7 * (k + 1) / used.length); });
  const neighbours = new Map(nodes.map((n) => [n.id, []]));
  for (const e of edges) {
    neighbours.get(e.a)?.push(e.b);
    neighbours.get(e.b)?.push(e.a);
  }
  const angle = new Map();
  rings.forEach((ring) => spread([...ring].sort((a, b) => b.strength - a.strength || a.id - b.id), angle));
  for (const order of [used, [...used].reverse()]) {
    for (const ring of order) {
      const preferred = new Map(rings[ring].map((n) => [n.id, meanAngle(neighbours.get(n.id), angle, n.id)]));
      spread([...rings[ring]].sort((a, b) => preferred.get(a.id) - preferred.get(b.id)), angle);
    }
  }
  const positions = new Map();
  rings.forEach((ring, i) => ring.forEach((n) => {
    const t = angle.get(n.id);
    positions.set(n.id, {x: radii[i] * Math.cos(t), y: radii[i] * Math.sin(t)});
  }));
  return {positions, radii};
}

// Even spacing round the ring in the given order, starting at the top.
function spread(ring, angle) {
  ring.forEach((n, i) => angle.set(n.id, -Math.PI / 2 + 2 * Math.PI * i / ring.length));
}

// The circular mean of the neighbours' angles; the node's own angle when it
// knows nobody (so it keeps its place).
function meanAngle(ids, angle, self) {
  let x = 0, y = 0;
  for (const id of ids) {
    const t = angle.get(id);
    if (t === undefined) continue;
    x += Math.cos(t);
    y += Math.sin(t);
  }
  const t = x || y ? Math.atan2(y, x) : angle.get(self);
  return t < -Math.PI / 2 ? t + 2 * Math.PI : t;
}
