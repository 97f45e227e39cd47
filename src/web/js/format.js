// Dates, counts and names as people read them. Pure functions.

const DAY = 86400000;

export const CIRCLES = ['inner', 'close', 'network', 'wider', 'acquaintance'];
export const CIRCLE_LABELS = {
  inner: 'Inner circle', close: 'Close', network: 'Network', wider: 'Wider', acquaintance: 'Acquaintance',
};

// "3 days ago", "today", "in 2 weeks" for an ISO time or YYYY-MM-DD.
export function relative(iso, now = Date.now()) {
  if (!iso) return 'never';
  const days = Math.round((Date.parse(iso) - now) / DAY);
  if (days === 0) return 'today';
  if (days === -1) return 'yesterday';
  if (days === 1) return 'tomorrow';
  const n = Math.abs(days);
  const [count, unit] = n < 14 ? [n, 'day'] : n < 60 ? [Math.round(n / 7), 'week']
    : n < 730 ? [Math.round(n / 30), 'month'] : [Math.round(n / 365), 'year'];
  const text = plural(count, unit);
  return days < 0 ? `${text} ago` : `in ${text}`;
}

// "12 May 2026" for an ISO time or YYYY-MM-DD.
export function day(iso) {
  if (!iso) return '';
  const d = new Date(iso.length === 10 ? `${iso}T12:00:00` : iso);
  if (Number.isNaN(d.getTime())) return iso;
  return d.toLocaleDateString(undefined, {day: 'numeric', month: 'short', year: 'numeric'});
}

// YYYY-MM-DD of a Date in local time.
export function isoDay(d) {
  const pad = (n) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

export function plural(n, word, many = `${word}s`) {
  return `${n.toLocaleString()} ${n === 1 ? word : many}`;
}

export function cadence(days) {
  if (!days) return 'no cadence';
  const every = (n, unit) => (n === 1 ? `every ${unit}` : `every ${plural(n, unit)}`);
  if (days % 365 === 0) return every(days / 365, 'year');
  if (days % 30 === 0) return every(days / 30, 'month');
  if (days % 7 === 0) return every(days / 7, 'week');
  return every(days, 'day');
}

const DIRECTIONS = {out: 'you reached out', in: 'they reached out', mutual: 'together'};
export function direction(d) { return DIRECTIONS[d] || d; }

// Initials for an avatar: the first letter or digit of the first and last
// words that have one ("<img src=x>" → "IX", not "<S").
export function initials(name) {
  const firsts = (name || '').split(/\s+/u).map((w) => w.match(/[\p{L}\p{N}]/u)?.[0]).filter(Boolean);
  if (!firsts.length) return '?';
  return (firsts[0] + (firsts.length > 1 ? firsts[firsts.length - 1] : '')).toUpperCase();
}
