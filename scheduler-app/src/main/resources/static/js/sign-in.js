// Signs in (username and password, with the CSRF token), asks for a new password where the account must change it,
// then goes back to the page that sent here or to the account's own page (a crew to its route).
import { api, csrfToken, el, pagesFor } from './common.js';
import { applyLanguage, language, setLanguage, t } from './i18n.js';

const $ = (id) => document.getElementById(id);

function languageSwitch() {
  const switcher = el('select', { id: 'language', 'data-i18n-label': 'language' },
    el('option', { value: 'zh' }, '中文'), el('option', { value: 'en' }, 'English'));
  switcher.value = language();
  switcher.addEventListener('change', () => setLanguage(switcher.value));
  document.body.prepend(el('header', { class: 'top' },
    el('span', { class: 'brand', 'data-i18n': 'appName' }), el('span', { class: 'spacer' }), switcher));
  applyLanguage();
}

function show(id, message) {
  $(id).textContent = message;
  $(id).hidden = !message;
}

/**
 * Only a path of this app: a link from elsewhere must not send a signed-in user to another site. A page the account
 * may not use (another account's page left open on a shared phone sent here) gives way to the account's own page.
 */
function nextPage(account) {
  const next = new URLSearchParams(window.location.search).get('next');
  const page = next && /^\/(\w+)\.html/.exec(next);
  const allowed = !page || !['dispatcher', 'crew', 'manager'].includes(page[1]) || pagesFor(account).includes(page[1]);
  if (next && next.startsWith('/') && !next.startsWith('//') && !next.startsWith('/sign-in') && allowed) return next;
  return account.landing || '/';
}

async function afterSignIn() {
  const account = await api('/api/me');
  if (account.mustChangePassword) {
    $('sign-in-form').hidden = true;
    $('change-password-form').hidden = false;
    $('current-password').value = $('password').value;
    $('new-password').focus();
    return;
  }
  window.location.assign(nextPage(account));
}

async function signIn() {
  show('sign-in-error', '');
  // The first request of a fresh visit may have no CSRF cookie yet: ask for one.
  if (!csrfToken()) await fetch('/api/me', { credentials: 'same-origin' }).catch(() => {});
  const response = await fetch('/sign-in', {
    method: 'POST',
    credentials: 'same-origin',
    headers: { 'Content-Type': 'application/x-www-form-urlencoded', 'X-XSRF-TOKEN': csrfToken() },
    body: new URLSearchParams({ username: $('username').value.trim(), password: $('password').value }),
  });
  if (response.status === 429) {
    show('sign-in-error', t('signInLocked'));
    return;
  }
  if (!response.ok) {
    show('sign-in-error', t('signInFailed'));
    return;
  }
  await afterSignIn();
}

async function changePassword() {
  show('change-password-error', '');
  try {
    await api('/api/me/password', {
      method: 'POST',
      body: { currentPassword: $('current-password').value, newPassword: $('new-password').value },
    });
    const account = await api('/api/me');
    window.location.assign(nextPage(account));
  } catch (error) {
    const problems = error.problem && error.problem.errors;
    show('change-password-error', problems ? problems.map((p) => `${p.field}: ${p.reason}`).join('; ') : error.message);
  }
}

languageSwitch();
$('sign-in-form').addEventListener('submit', () => signIn().catch((e) => show('sign-in-error', e.message)));
$('change-password-form').addEventListener('submit', () => changePassword());
// Already signed in (e.g. the back button): straight on.
fetch('/api/me', { credentials: 'same-origin' }).then((r) => (r.ok ? r.json() : null)).then((account) => {
  if (account && account.mustChangePassword) {
    $('sign-in-form').hidden = true;
    $('change-password-form').hidden = false;
  } else if (account) {
    window.location.assign(nextPage(account));
  }
}).catch(() => {});
