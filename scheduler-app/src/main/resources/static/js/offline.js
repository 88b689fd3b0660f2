// What keeps the crew's page working without a network: the day's route saved on the phone, and Start and Done
// reports queued until the network is back, then sent in order, each once.
import { csrfToken } from './common.js';

const QUEUE = 'crew-report-queue';
const listeners = { sent: [], refused: [], changed: [] };

/** The route and what goes with it (map lines, directions) as last loaded, with the moment it was saved. */
export function saveRoute(key, value) {
  try {
    localStorage.setItem(`crew-saved:${key}`, JSON.stringify({ ...value, savedAt: new Date().toISOString() }));
  } catch (full) {
    // A phone out of room keeps the route on screen; only the copy for later is missing.
    console.warn('The route could not be saved on this phone.', full);
  }
}

export function savedRoute(key) {
  const saved = localStorage.getItem(`crew-saved:${key}`);
  return saved ? JSON.parse(saved) : null;
}

/** A failed fetch (no answer at all), as opposed to an answer saying no. */
export function isNetworkFailure(error) {
  return error instanceof TypeError;
}

export function queued() {
  try {
    return JSON.parse(localStorage.getItem(QUEUE) || '[]');
  } catch (broken) {
    return [];
  }
}

function store(queue) {
  localStorage.setItem(QUEUE, JSON.stringify(queue));
  listeners.changed.forEach((listener) => listener(queue));
}

/**
 * Queues a report ({url, ...what the page needs to show it}) under a new client report id and starts sending: reports
 * made while the network is up leave at once, others when it is back.
 */
export function queueReport(report) {
  const id = window.crypto && window.crypto.randomUUID ? window.crypto.randomUUID()
    : `${Date.now()}-${Math.random().toString(16).slice(2)}`;
  store([...queued(), { ...report, id, queuedAt: new Date().toISOString() }]);
  flush();
  return id;
}

/** listener(report, body) once the app recorded a report; refused: listener(report, status, problem). */
export function onReport(what, listener) {
  listeners[what].push(listener);
}

let sending = null;

/** Sends the waiting reports in order; one sending at a time, so that none leaves twice from this page. */
export function flush() {
  if (!sending) sending = drain().finally(() => { sending = null; });
  return sending;
}

async function drain() {
  for (;;) {
    const report = queued()[0];
    if (!report) return;
    let response;
    try {
      response = await fetch(report.url, {
        method: 'POST',
        headers: { Accept: 'application/json', 'X-XSRF-TOKEN': csrfToken() },
        credentials: 'same-origin',
      });
    } catch (offline) {
      return; // still waiting: sent again when the network is back
    }
    if (response.status === 401) {
      // Signed out meanwhile: the report waits on the phone while the crew signs in again.
      window.location.assign(`/sign-in.html?next=${encodeURIComponent(window.location.pathname + window.location.search)}`);
      return;
    }
    if (response.status >= 500) return; // the app is not well: try again later
    const text = await response.text();
    let body = null;
    try {
      body = text ? JSON.parse(text) : null;
    } catch (notJson) {
      body = text;
    }
    // Answered: the report leaves the queue. A report sent again after a lost answer records nothing twice.
    store(queued().filter((waiting) => waiting.id !== report.id));
    if (response.ok) listeners.sent.forEach((listener) => listener(report, body));
    else listeners.refused.forEach((listener) => listener(report, response.status, body));
  }
}

/** listener(queue) whenever a report is queued or leaves the queue. */
export function onQueueChange(listener) {
  listeners.changed.push(listener);
}

let started = false;

/** Sends what waits now, when the network comes back, and every 20 s while anything waits. */
export function startSending() {
  if (started) return;
  started = true;
  window.addEventListener('online', () => flush());
  setInterval(() => { if (queued().length) flush(); }, 20000);
  // Another tab of the page may have sent or queued meanwhile.
  window.addEventListener('storage', (event) => {
    if (event.key === QUEUE) listeners.changed.forEach((listener) => listener(queued()));
  });
  flush();
}

/** Installs the service worker that keeps the page's files for a start without network. */
export function installOffline() {
  if (!('serviceWorker' in navigator)) return;
  navigator.serviceWorker.register('/crew-sw.js', { scope: '/crew' }).catch((error) => {
    console.warn('The page cannot be kept for offline use.', error);
  });
}
