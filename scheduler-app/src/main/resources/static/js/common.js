// What every page shares: calls to the app's API, the page header, formatting and route colours.
import { applyLanguage, language, setLanguage, t } from './i18n.js';

export class ApiError extends Error {
  constructor(status, problem) {
    super((problem && (problem.detail || problem.title)) || `HTTP ${status}`);
    this.status = status;
    this.problem = problem;
  }
}

/** The CSRF token the app keeps in a cookie; every write sends it back as a header (a page of another site cannot). */
export function csrfToken() {
  const cookie = document.cookie.split('; ').find((c) => c.startsWith('XSRF-TOKEN='));
  return cookie ? decodeURIComponent(cookie.substring('XSRF-TOKEN='.length)) : '';
}

export async function api(path, options = {}) {
  const init = {
    method: options.method || 'GET',
    headers: { Accept: 'application/json, application/geo+json' },
    credentials: 'same-origin',
  };
  if (init.method !== 'GET') init.headers['X-XSRF-TOKEN'] = csrfToken();
  if (options.body !== undefined) {
    init.headers['Content-Type'] = 'application/json';
    init.body = JSON.stringify(options.body);
  }
  const response = await fetch(path, init);
  if (response.status === 401) {
    // The session ended (or never began): sign in, then come back here.
    window.location.assign(`/sign-in.html?next=${encodeURIComponent(window.location.pathname + window.location.search)}`);
    throw new ApiError(401, null);
  }
  const text = await response.text();
  let body = null;
  try {
    body = text ? JSON.parse(text) : null;
  } catch (ignored) {
    body = text;
  }
  if (!response.ok) {
    throw new ApiError(response.status, body);
  }
  return body;
}

/** Shows a short message at the bottom of the page; errors stay until closed. */
export function notify(message, kind = 'info') {
  let box = document.getElementById('messages');
  if (!box) {
    box = document.createElement('div');
    box.id = 'messages';
    box.setAttribute('role', 'status');
    box.setAttribute('aria-live', 'polite');
    document.body.appendChild(box);
  }
  const item = el('div', { class: `message ${kind}` }, message);
  const close = el('button', { type: 'button', class: 'link', 'aria-label': t('close') }, '×');
  close.addEventListener('click', () => item.remove());
  item.appendChild(close);
  box.appendChild(item);
  if (kind !== 'error') {
    setTimeout(() => item.remove(), 5000);
  }
}

export function reportError(error) {
  console.error(error);
  notify(`${t('error')}: ${error.message}`, 'error');
}

/** Data (names, descriptions, reasons) as text for a tooltip: never read as HTML. */
export function text(value) {
  return el('span', {}, value === null || value === undefined ? '' : String(value));
}

/** Creates an element: el('button', {class: 'x', onclick: fn}, 'text', child, ...). */
export function el(tag, attributes = {}, ...children) {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (value === undefined || value === null || value === false) continue;
    if (name.startsWith('on') && typeof value === 'function') {
      element.addEventListener(name.slice(2), value);
    } else if (name === 'dataset') {
      Object.assign(element.dataset, value);
    } else {
      element.setAttribute(name, value === true ? '' : value);
    }
  }
  for (const child of children.flat()) {
    if (child === null || child === undefined || child === false) continue;
    element.appendChild(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return element;
}

/** The header every page has: the product's name, the three views and the language switch. */
/** Which pages each role sees in the navigation (the API enforces the same rules). */
const PAGES_BY_ROLE = {
  ADMIN: ['dispatcher', 'crew', 'manager'],
  DISPATCHER: ['dispatcher', 'crew', 'manager'],
  MANAGER: ['manager'],
  CREW: ['crew'],
  REPORTER: [],
};

let signedIn = null;

// The pages' forms are handled by their scripts: Enter in a field must not reload the page. (Was an inline
// onsubmit, which the Content-Security-Policy forbids.)
document.addEventListener('submit', (event) => event.preventDefault());

/** The signed-in account (GET /api/me), read once per page. */
export async function me() {
  if (!signedIn) signedIn = api('/api/me');
  return signedIn;
}

/** The pages ('dispatcher', 'crew', 'manager') an account may open; none for no account. */
export function pagesFor(account) {
  return PAGES_BY_ROLE[account ? account.role : 'REPORTER'] || [];
}

const signOutChecks = [];

/** check() runs when the account signs out, before it does: false (or a promise of it) keeps the account signed in. */
export function beforeSignOut(check) {
  signOutChecks.push(check);
}

export async function header(active) {
  const account = await me().catch(() => null);
  const allowed = pagesFor(account);
  const nav = el('nav', { 'aria-label': t('appName') },
    ...[['dispatcher', 'navDispatcher', '/dispatcher.html'], ['crew', 'navCrew', '/crew.html'],
      ['manager', 'navManager', '/manager.html']].filter(([id]) => allowed.includes(id)).map(([id, key, href]) => el('a', {
      href: href + window.location.search.replace(/([?&])(vehicle|left|right)=[^&]*/g, '$1'),
      class: id === active ? 'active' : null,
      'aria-current': id === active ? 'page' : null,
      'data-i18n': key,
    })));
  const switcher = el('select', { id: 'language', 'data-i18n-label': 'language' },
    el('option', { value: 'zh' }, '中文'), el('option', { value: 'en' }, 'English'));
  switcher.value = language();
  switcher.addEventListener('change', () => setLanguage(switcher.value));
  const who = account ? el('span', { class: 'who', id: 'signed-in-as' }, account.displayName || account.username) : '';
  const signOut = el('button', { type: 'button', class: 'link', id: 'sign-out', 'data-i18n': 'signOut' });
  signOut.addEventListener('click', async () => {
    for (const check of signOutChecks) {
      if (!(await check())) return;
    }
    await fetch('/sign-out', { method: 'POST', headers: { 'X-XSRF-TOKEN': csrfToken() }, credentials: 'same-origin' });
    // What the crew page kept for use without network is the signed-in account's: the next one on this phone
    // must not read it.
    Object.keys(localStorage).filter((key) => key.startsWith('crew-saved:')).forEach((key) => localStorage.removeItem(key));
    if (window.caches) await caches.keys().then((names) => Promise.all(names.map((name) => caches.delete(name))));
    window.location.assign('/sign-in.html');
  });
  const bar = el('header', { class: 'top' },
    el('span', { class: 'brand', 'data-i18n': 'appName' }), nav, el('span', { class: 'spacer' }), who, switcher,
    account ? signOut : '');
  document.body.prepend(bar);
  applyLanguage();
}

export function param(name) {
  return new URLSearchParams(window.location.search).get(name);
}

export function setParams(values) {
  const params = new URLSearchParams(window.location.search);
  for (const [name, value] of Object.entries(values)) {
    if (value === null || value === undefined || value === '') params.delete(name);
    else params.set(name, value);
  }
  history.replaceState(null, '', `${window.location.pathname}?${params}`);
}

/** "2026-11-28T07:05:00" -> "07:05"; other days get their date too. */
export function time(dateTime, day) {
  if (!dateTime) return '';
  const [date, clock] = dateTime.split('T');
  const hhmm = clock.slice(0, 5);
  return day && date !== day ? `${date.slice(5)} ${hhmm}` : hhmm;
}

/**
 * The plan's local date-times ("2026-11-28T07:05:00", the crews' clock) as milliseconds counted as if they were UTC,
 * so that the browser's own time zone never shifts them.
 */
export function localMillis(dateTime) {
  return Date.parse(/[zZ]|[+-]\d\d:\d\d$/.test(dateTime) ? dateTime : `${dateTime}Z`);
}

export function minutesBetween(a, b) {
  return (localMillis(b) - localMillis(a)) / 60000;
}

export function number(value, digits = 1) {
  if (value === null || value === undefined || Number.isNaN(value)) return '–';
  return Number(value).toLocaleString(language() === 'zh' ? 'zh-CN' : 'en', {
    maximumFractionDigits: digits,
  });
}

// The chosen district's own time zone (its dataset's planning.timeZone), set by districtSelect; until a district is
// chosen, the browser's.
let districtZone = Intl.DateTimeFormat().resolvedOptions().timeZone;

export function setDistrictZone(zone) {
  if (zone) districtZone = zone;
}

export function districtTimeZone() {
  return districtZone;
}

/** Now in the district's time zone to the second, as the API's local date-times read: "2026-11-28T07:05:09". */
export function nowLocal() {
  const parts = Object.fromEntries(new Intl.DateTimeFormat('en-CA', {
    timeZone: districtZone, year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit',
    minute: '2-digit', second: '2-digit', hourCycle: 'h23',
  }).formatToParts(new Date()).map((part) => [part.type, part.value]));
  return `${parts.year}-${parts.month}-${parts.day}T${parts.hour}:${parts.minute}:${parts.second}`;
}

/** A moment the server stamped (an instant such as a run's start) as the district's local date and time. */
export function instantLocal(instant) {
  if (!instant) return '–';
  return new Date(instant).toLocaleString(language() === 'zh' ? 'zh-CN' : 'en-GB', {
    timeZone: districtZone, year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit',
    second: '2-digit', hourCycle: 'h23',
  });
}

/** Today in the district's time zone (the crews' local time). */
export function today() {
  return nowLocal().slice(0, 10);
}

// Twelve colours that stay apart from each other and from the grey basemap.
const PALETTE = ['#1f77b4', '#d62728', '#2ca02c', '#9467bd', '#ff7f0e', '#17becf', '#8c564b', '#e377c2',
  '#bcbd22', '#393b79', '#637939', '#843c39'];

export function routeColour(index) {
  return PALETTE[index % PALETTE.length];
}

export function scoreParts(score) {
  const parts = {};
  if (!score) return parts;
  for (const match of score.matchAll(/(-?[\d.]+)(hard|medium|soft)/g)) {
    parts[match[2]] = Number(match[1]);
  }
  return parts;
}

export async function districts() {
  return api('/api/districts');
}

/** A district select filled from the app, remembering the choice in the address. */
export async function districtSelect(select) {
  const list = await districts();
  select.replaceChildren(...list.map((d) => el('option', { value: d.id }, `${d.name} (${d.id})`)));
  const wanted = param('district');
  if (wanted && list.some((d) => d.id === wanted)) select.value = wanted;
  const useZone = () => setDistrictZone(list.find((d) => d.id === select.value)?.timeZone);
  useZone();
  // Registered first, so that the page's own change handlers already read the new district's time.
  select.addEventListener('change', useZone);
  return list;
}
