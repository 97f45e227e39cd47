// The login screen, shown while /session says you are not logged in: the
// one-time link `kith serve` prints, and a password form when one is set
// (`kith passwd`).

import {api} from './api.js';
import {field, fill, h} from './dom.js';

export async function render(main, ctx) {
  const parts = [
    h('h1', {tabindex: '-1'}, 'Log in to kith'),
    h('p', null, 'Open the link that ', h('code', null, 'kith serve'), ' printed when it started: ',
      h('code', {class: 'sample'}, 'http://127.0.0.1:8080/login?token=…'), '. Each link works once; ',
      'restart ', h('code', null, 'kith serve'), ' for a new one.'),
  ];
  if (ctx.session?.password) parts.push(passwordForm(ctx));
  else parts.push(h('p', {class: 'subtle'}, 'To log in with a password instead, set one with ', h('code', null, 'kith passwd'), '.'));
  fill(main, h('section', {class: 'card login'}, parts));
}

function passwordForm(ctx) {
  const password = h('input', {type: 'password', name: 'password', autocomplete: 'current-password', required: true});
  const error = h('p', {class: 'error', role: 'alert'});
  const button = h('button', {type: 'submit', class: 'primary'}, 'Log in');
  const form = h('form', {'aria-label': 'Log in with your password'},
    h('h2', null, 'Or use your password'), field('Password', password), h('div', {class: 'actions'}, button), error);
  form.addEventListener('submit', async (e) => {
    e.preventDefault();
    button.disabled = true;
    error.textContent = '';
    try {
      await api('POST', '/login', {password: password.value});
      await ctx.onLogin();
    } catch (err) {
      error.textContent = err.message;
      password.select();
    } finally {
      button.disabled = false;
    }
  });
  return form;
}
