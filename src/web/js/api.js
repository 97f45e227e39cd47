// The REST API (/api/v1, src/web/openapi.json) as promises. Every
// state-changing call carries the session's CSRF token; errors arrive as
// ApiError with the server's code and message, which pages show as they are.

let csrf = '';

export class ApiError extends Error {
  constructor(status, code, message) {
    super(message);
    this.status = status;
    this.code = code;
  }
}

// GET /session: {authenticated, csrf, demo, demo_available} or
// {authenticated: false, password}. Remembers the token for later calls.
export async function loadSession() {
  const info = await request('GET', '/session');
  csrf = info.csrf || '';
  return info;
}

async function request(method, path, body, options = {}) {
  const headers = {Accept: 'application/json'};
  if (method !== 'GET') headers['X-CSRF-Token'] = csrf;
  let payload;
  if (options.raw !== undefined) {
    payload = options.raw;
    headers['Content-Type'] = 'application/octet-stream';
  } else if (body !== undefined) {
    payload = JSON.stringify(body);
    headers['Content-Type'] = 'application/json';
  }
  let res;
  try {
    res = await fetch(`/api/v1${path}`, {method, headers, body: payload, signal: options.signal,
      credentials: 'same-origin'});
  } catch (e) {
    if (e.name === 'AbortError') throw e;
    throw new ApiError(0, 'offline', 'kith is not answering: is `kith serve` still running?');
  }
  const data = await res.json().catch(() => null);
  if (res.ok) return data;
  const error = data && data.error ? data.error : {code: 'http', message: `${res.status} ${res.statusText}`};
  throw new ApiError(res.status, error.code, error.message);
}

// api('GET', '/people?q=ana'), api('POST', '/today/12/done', {}).
// A 401 sends the app back to its login screen; a stale CSRF token is
// refreshed once.
export async function api(method, path, body, options) {
  try {
    return await request(method, path, body, options);
  } catch (e) {
    if (e.status === 401) window.dispatchEvent(new CustomEvent('kith:logged-out'));
    if (e.status !== 403 || e.code !== 'csrf') throw e;
    await loadSession();
    return request(method, path, body, options);
  }
}

// A query string from an object, leaving out empty values.
export function query(params) {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) {
    if (v !== undefined && v !== null && v !== '' && v !== false) q.set(k, String(v));
  }
  const text = q.toString();
  return text ? `?${text}` : '';
}
