// What keeps the crew's page working without a network: the day's route saved on the phone, and Start and Done
// reports queued until the network is back, then sent in order, each once, and only under the account that made them
// (a phone is shared: the next crew signing in must not send the last one's reports as its own).
import { csrfToken } from './common.js';

const QUEUE = 'crew-report-queue';
const ACCOUNT = 'crew-signed-in';
const listeners = { sent: [], refused: [], changed: [] };

/**
 * The account signed in on this page, as the app last said: kept on the phone, as a page opened without network
 * cannot ask (and no other account can sign in without network).
 */
export function setAccount(username) {
  if (username) localStorage.setItem(ACCOUNT, username);
}

export function signedInAs() {
  return localStorage.getItem(ACCOUNT);
}

/** Reports the signed-in account made; a report from before reports were tagged counts as its. */
export function mine(queue = queued()) {
  const account = signedInAs();
  return queue.filter((report) => !report.account || report.account === account);
}

/** A report still held back for its Undo (see queueReport). */
export function isHeld(report, now = Date.now()) {
  return Boolean(report.holdUntil) && report.holdUntil > now;
}

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
 * Queues a report ({url, account, ...what the page needs to show it}) under a new client report id and starts sending:
 * reports made while the network is up leave at once, others when it is back. With holdMs it waits that long first,
 * so that the crew can take it back (discard) before anything is sent.
 */
export function queueReport(report, holdMs = 0) {
  const id = window.crypto && window.crypto.randomUUID ? window.crypto.randomUUID()
    : `${Date.now()}-${Math.random().toString(16).slice(2)}`;
  const queuedAt = Date.now();
  store([...queued(), {
    ...report, id, queuedAt: new Date(queuedAt).toISOString(), holdUntil: holdMs > 0 ? queuedAt + holdMs : null,
  }]);
  flush();
  return id;
}

/** Takes reports off the queue unsent: the ones named, or every one of an account. True when any was there. */
export function discard({ id, account }) {
  const queue = queued();
  const kept = queue.filter((report) => (id ? report.id !== id : (report.account || signedInAs()) !== account));
  if (kept.length === queue.length) return false;
  store(kept);
  return true;
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

let wakeUp = null;

/**
 * The next report to send: the signed-in account's first one not held back for its Undo, nor behind a held report of
 * the same block (what the crew reports on one block arrives in the order it was made); other blocks' reports go on.
 */
function nextToSend() {
  const now = Date.now();
  const heldBlocks = new Set();
  for (const report of mine()) {
    const block = `${report.key}|${report.blockId}`;
    if (isHeld(report, now) || heldBlocks.has(block)) {
      heldBlocks.add(block);
    } else {
      return report;
    }
  }
  return null;
}

/** Sends again when the first held report's Undo has passed. */
function wakeUpForHeld() {
  clearTimeout(wakeUp);
  const held = mine().filter((report) => isHeld(report)).map((report) => report.holdUntil);
  if (held.length) wakeUp = setTimeout(() => flush(), Math.max(0, Math.min(...held) - Date.now()) + 50);
}

/** Who the app says is signed in now (not the page's copy read at its start); null when no one. */
async function signedInNow() {
  const response = await fetch('/api/me', { headers: { Accept: 'application/json' }, credentials: 'same-origin' });
  if (!response.ok) return null;
  const account = await response.json();
  return account.username;
}

async function drain() {
  try {
    for (;;) {
      const report = nextToSend();
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
      if ((response.status === 403 || response.status === 409) && report.account) {
        // Signed out, or another account signed in (in another tab) since this page asked: the report stays on the
        // phone for its own account.
        const now = await signedInNow().catch(() => null);
        if (now !== report.account) {
          if (now) setAccount(now);
          listeners.changed.forEach((listener) => listener(queued()));
          return;
        }
      }
      // Answered: the report leaves the queue. A report sent again after a lost answer records nothing twice.
      store(queued().filter((waiting) => waiting.id !== report.id));
      if (response.ok) listeners.sent.forEach((listener) => listener(report, body));
      else listeners.refused.forEach((listener) => listener(report, response.status, body));
    }
  } finally {
    wakeUpForHeld();
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
  setInterval(() => { if (mine().length) flush(); }, 20000);
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
