// The app's entry: asks who is logged in, then routes each address
// (/people/12, /capture, …) to the page module that draws it into <main>.
// Pages export render(main, ctx) where ctx carries the route's params, an
// AbortSignal that fires when the user moves on, and helpers to announce
// changes and move between pages.

import {ApiError, api, loadSession} from './api.js';
import {fill, h} from './dom.js';
import * as capture from './capture.js';
import * as connect from './connect.js';
import * as importPage from './import.js';
import * as login from './login.js';
import * as network from './network.js';
import * as people from './people.js';
import * as person from './person.js';
import * as today from './today.js';

const ROUTES = [
  {path: /^\/(?:today)?$/, page: today, title: 'Today', nav: '/'},
  {path: /^\/people$/, page: people, title: 'People', nav: '/people'},
  {path: /^\/people\/(\d+)$/, page: person, title: 'Person', nav: '/people'},
  {path: /^\/capture$/, page: capture, title: 'Capture', nav: '/capture'},
  {path: /^\/network$/, page: network, title: 'Network', nav: '/network'},
  {path: /^\/connect$/, page: connect, title: 'Connect', nav: '/connect'},
  {path: /^\/import$/, page: importPage, title: 'Import', nav: '/import'},
];

const main = document.getElementById('main');
const statusRegion = document.getElementById('status');
const banner = document.getElementById('demo-banner');
let session = null;
let current = null;  // {controller} of the page on screen
let firstRender = true;
let shownPath = '';  // the address show() last drew

// Says `text` to screen readers (and shows nothing).
export function announce(text) {
  statusRegion.textContent = '';
  setTimeout(() => { statusRegion.textContent = text; }, 30);
}

export function navigate(path, {replace = false} = {}) {
  if (replace) history.replaceState(null, '', path);
  else history.pushState(null, '', path);
  show();
}

function markNav(nav) {
  for (const a of document.querySelectorAll('.nav a')) {
    if (a.getAttribute('href') === nav) a.setAttribute('aria-current', 'page');
    else a.removeAttribute('aria-current');
  }
}

function showBanner() {
  banner.hidden = !session?.demo;
  if (banner.hidden) return;
  const leave = async () => {
    await api('POST', '/demo', {on: false});
    await refreshSession();
    announce('Back to your own network');
    navigate('/');
  };
  fill(banner,
    h('p', null, h('strong', null, 'Demo network. '),
      'These people are made up and kept apart from yours; change anything you like.'),
    h('button', {type: 'button', class: 'button', onclick: leave}, 'Back to my network'));
}

export async function refreshSession() {
  session = await loadSession();
  document.body.classList.toggle('logged-out', !session.authenticated);
  showBanner();
  return session;
}

function pageError(e) {
  const message = e instanceof ApiError ? e.message : `Something went wrong: ${e.message}`;
  return h('div', {class: 'error', role: 'alert'}, h('h1', {tabindex: '-1'}, 'That did not work'),
    h('p', null, message), h('p', null, h('a', {href: '/'}, 'Back to Today')));
}

async function show() {
  shownPath = location.pathname + location.search;
  current?.controller.abort();
  const controller = new AbortController();
  current = {controller};
  if (!session?.authenticated) {
    markNav('');
    document.title = 'Log in · kith';
    await login.render(main, {session, onLogin: async () => { await refreshSession(); show(); }});
    return;
  }
  const path = location.pathname;
  const route = ROUTES.find((r) => r.path.test(path));
  markNav(route?.nav ?? '');
  document.title = `${route?.title ?? 'Not found'} · kith`;
  main.setAttribute('aria-busy', 'true');
  const ctx = {
    params: route ? path.match(route.path).slice(1) : [],
    search: new URLSearchParams(location.search),
    signal: controller.signal, session, announce, navigate, refreshSession,
    setTitle: (t) => { document.title = `${t} · kith`; },
  };
  let focus = null;  // a page may name what to focus, else its heading
  try {
    if (!route) fill(main, h('h1', {tabindex: '-1'}, 'No such page'), h('p', null, h('a', {href: '/'}, 'Go to Today')));
    else focus = await route.page.render(main, ctx);
  } catch (e) {
    if (e.name !== 'AbortError' && !controller.signal.aborted) fill(main, pageError(e));
  }
  if (controller.signal.aborted) return;
  main.removeAttribute('aria-busy');
  if (focus instanceof HTMLElement) focus.focus();
  else if (!firstRender) main.querySelector('h1')?.focus();
  firstRender = false;
}

// Same-origin links move within the app instead of reloading it; the skip
// link only moves the focus.
function onClick(e) {
  if (e.defaultPrevented || e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey) return;
  const a = e.target.closest('a');
  if (!a || a.hasAttribute('download') || a.getAttribute('target')) return;
  const href = a.getAttribute('href');
  if (href === '#main') {
    e.preventDefault();
    main.focus();
    return;
  }
  if (!href || !href.startsWith('/') || href.startsWith('//') || href.startsWith('/api/')) return;
  e.preventDefault();
  if (href !== location.pathname + location.search) navigate(href);
}

async function logout() {
  await api('POST', '/logout', {}).catch(() => {});
  await refreshSession();
  show();
}

async function start() {
  document.addEventListener('click', onClick);
  window.addEventListener('popstate', () => {
    if (location.pathname + location.search !== shownPath) show();  // else only the #fragment moved
  });
  window.addEventListener('kith:logged-out', async () => {
    if (!session?.authenticated) return;
    await refreshSession();
    show();
  });
  document.getElementById('logout').addEventListener('click', logout);
  try {
    await refreshSession();
  } catch (e) {
    fill(main, pageError(e));
    return;
  }
  show();
}

start();
