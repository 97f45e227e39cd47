// First steps for an empty database: capture someone, import contacts, or
// look around the demo network.

import {api} from './api.js';
import {h} from './dom.js';

export function welcome(ctx) {
  const error = h('p', {class: 'error', role: 'alert'});
  const explore = async () => {
    try {
      await api('POST', '/demo', {on: true});
      await ctx.refreshSession();
      ctx.announce('Now exploring the demo network');
      ctx.navigate('/');
    } catch (e) {
      error.textContent = e.message;
    }
  };
  const demo = ctx.session.demo_available
    ? h('li', {class: 'card step'},
      h('h2', null, 'Explore the demo network'),
      h('p', null, 'A made-up network to try everything on, kept apart from your own.'),
      h('button', {type: 'button', class: 'button', onclick: explore}, 'Explore the demo'))
    : null;
  return h('section', {class: 'welcome', 'aria-labelledby': 'welcome-title'},
    h('h1', {id: 'welcome-title', tabindex: '-1'}, 'Welcome to kith'),
    h('p', null, 'Nobody here yet. kith remembers the people you meet and tells you, each day, ',
      'who is worth a message. Start one of three ways:'),
    h('ol', {class: 'steps'},
      h('li', {class: 'card step'},
        h('h2', null, 'Add someone you met'),
        h('p', null, 'One line: a name, then whatever you learnt. "Ana Silva; met at the climbing gym; dog Biscuit".'),
        h('a', {class: 'button primary', href: '/capture'}, 'Capture a person')),
      h('li', {class: 'card step'},
        h('h2', null, 'Import your contacts'),
        h('p', null, 'vCards from your phone, LinkedIn or Google CSV, calendars, mail and chat exports.'),
        h('a', {class: 'button', href: '/import'}, 'Import a file')),
      demo),
    error);
}
