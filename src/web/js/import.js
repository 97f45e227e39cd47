// Import: drop a file (or pick one); it goes up as the raw body of
// POST /imports?filename=…, then the page polls GET /imports/{id} for
// bytes read until the job is done or failed, and shows the summary or the
// error. Exports are plain downloads from /api/v1/export/….

import {api, query} from './api.js';
import {fill, h, select} from './dom.js';
import {plural} from './format.js';

const FORMATS = [['', 'Work it out from the file'], ['vcard', 'vCard (.vcf)'], ['csv', 'CSV (LinkedIn, Google, Outlook)'],
  ['ics', 'Calendar (.ics)'], ['mbox', 'Mail (mbox)'], ['whatsapp', 'WhatsApp chat export'], ['json', 'kith backup (.json)']];
const EXPORTS = [['vcard', 'Contacts as vCard', 'kith.vcf'], ['csv', 'People as CSV', 'kith.csv'],
  ['ics', 'Birthdays and dates as a calendar', 'kith.ics'], ['json', 'Everything, as a kith backup', 'kith-backup.json']];
const REPORT = [['created', 'new people'], ['merged', 'merged into people you had'], ['unchanged', 'already up to date'],
  ['skipped', 'skipped'], ['contacts_added', 'contact points added'], ['interactions_added', 'interactions added'],
  ['already_imported', 'already imported before'], ['left_out_people', 'people left out (no two-way exchange)']];

export async function render(main, ctx) {
  const input = h('input', {type: 'file', id: 'import-file', class: 'file-input',
    accept: '.vcf,.vcard,.csv,.ics,.mbox,.txt,.json,.zip,text/vcard,text/csv,text/calendar'});
  const format = select(FORMATS, '', {id: 'import-format'});
  const dryRun = h('input', {type: 'checkbox', id: 'import-dry'});
  const progress = h('progress', {max: '1', value: '0', hidden: true, 'aria-label': 'Import progress'});
  const status = h('div', {class: 'import-status', role: 'status', 'aria-live': 'polite'});
  const zone = h('div', {class: 'dropzone'},
    h('label', {htmlFor: 'import-file', class: 'drop-label'},
      h('strong', null, 'Drop a file here'), h('span', null, ' or choose one'),
      h('span', {class: 'hint'}, 'vCard, LinkedIn or Google CSV, calendar, mbox, WhatsApp export, kith backup')),
    input);
  let busy = false;

  async function upload(file) {
    if (busy || !file) return;
    busy = true;
    zone.classList.add('busy');
    progress.hidden = false;
    progress.removeAttribute('value');  // indeterminate while uploading
    fill(status, h('p', null, `Uploading ${file.name}…`));
    try {
      const params = {filename: file.name, format: format.value, dry_run: dryRun.checked ? 'true' : ''};
      let job = await api('POST', `/imports${query(params)}`, undefined, {raw: file, signal: ctx.signal});
      while (job.state === 'running') {
        progress.max = Math.max(1, job.bytes);
        progress.value = job.bytes_done;
        fill(status, h('p', null, `Importing ${file.name}: ${percent(job)} read`));
        await sleep(300, ctx.signal);
        job = await api('GET', `/imports/${job.id}`, undefined, {signal: ctx.signal});
      }
      progress.max = 1;
      progress.value = 1;
      fill(status, job.state === 'done' ? summary(job) : failure(job.error));
      ctx.announce(job.state === 'done' ? `Import of ${file.name} finished` : `Import of ${file.name} failed`);
    } catch (e) {
      if (e.name === 'AbortError') return;
      fill(status, failure(e.code === 'demo' ? 'You are in the demo network: go back to your own network to import.' : e.message));
    } finally {
      busy = false;
      zone.classList.remove('busy');
      input.value = '';
    }
  }

  input.addEventListener('change', () => upload(input.files[0]));
  zone.addEventListener('dragover', (e) => {
    e.preventDefault();
    zone.classList.add('over');
  });
  zone.addEventListener('dragleave', () => zone.classList.remove('over'));
  zone.addEventListener('drop', (e) => {
    e.preventDefault();
    zone.classList.remove('over');
    upload(e.dataTransfer.files[0]);
  });

  fill(main,
    h('h1', {tabindex: '-1'}, 'Import'),
    ctx.session.demo ? h('p', {class: 'notice'}, 'You are exploring the demo network; imports go into your own, so leave the demo first.') : null,
    h('section', {class: 'card', 'aria-labelledby': 'import-h'},
      h('h2', {id: 'import-h'}, 'Bring people in'),
      zone,
      h('div', {class: 'field'}, h('label', {htmlFor: 'import-format'}, 'Format'), format),
      h('div', {class: 'field inline'}, dryRun, h('label', {htmlFor: 'import-dry'}, 'Only show what would change, write nothing')),
      progress, status,
      h('p', {class: 'subtle'}, 'Importing the same file again changes nothing; people found twice are merged.')),
    h('section', {class: 'card', 'aria-labelledby': 'export-h'},
      h('h2', {id: 'export-h'}, 'Take everything with you'),
      h('ul', {class: 'exports'}, EXPORTS.map(([f, label, file]) =>
        h('li', null, h('a', {class: 'button', href: `/api/v1/export/${f}`, download: file}, label))))));
}

function percent(job) {
  return job.bytes ? `${Math.floor(100 * job.bytes_done / job.bytes)}%` : '0%';
}

function summary(job) {
  const r = job.report;
  const count = (n, label) => h('li', null, h('strong', null, n.toLocaleString()), ` ${label}`);
  const counts = REPORT.filter(([k]) => r[k]).map(([k, label]) => count(r[k], label));
  // messages_skipped: {why: how many}, e.g. {"mailing list": 12}.
  for (const [why, n] of Object.entries(r.messages_skipped || {})) counts.push(count(n, `messages skipped: ${why}`));
  return h('div', {class: 'notice import-summary'},
    h('h3', null, r.dry_run ? `Nothing written: ${job.filename} would bring` : `Imported ${job.filename}`),
    counts.length ? h('ul', {class: 'counts'}, counts) : h('p', null, 'Nothing new in this file.'),
    r.warnings.length ? [h('h3', null, plural(r.warnings.length, 'warning')),
      h('ul', {class: 'warnings'}, r.warnings.slice(0, 50).map((w) => h('li', null, w)))] : null,
    r.dry_run ? null : h('p', null, h('a', {href: '/people?sort=name'}, 'See your people')));
}

function failure(message) {
  return h('div', {class: 'error', role: 'alert'}, h('h3', null, 'The import failed'), h('p', null, message));
}

function sleep(ms, signal) {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(resolve, ms);
    signal.addEventListener('abort', () => {
      clearTimeout(timer);
      reject(new DOMException('aborted', 'AbortError'));
    }, {once: true});
  });
}
