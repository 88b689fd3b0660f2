// The crew's phone page: the day's route from the published plan as the crew works it, block by block (passes along
// one street one after another are one block), the next block in front with one Start and one Done and the way to
// it, the rest below, the done ones folded away. The route is kept on the phone, and reports made without network
// wait in a queue until it is back.
import {
  ApiError, api, beforeSignOut, districtSelect, el, header, me, notify, nowLocal, number, param, reportError, setParams,
  time, today,
} from './common.js';
import { duration } from './format.js';
import { language, onLanguageChange, t } from './i18n.js';
import { createMap, drawBasemap, stopIcon } from './map.js';
import {
  discard, flush, installOffline, isHeld, isNetworkFailure, mine, onQueueChange, onReport, queueReport, queued,
  savedRoute, saveRoute, setAccount, signedInAs, startSending,
} from './offline.js';

const L = window.L;
const $ = (id) => document.getElementById(id);
const COLOUR = '#1565c0';
const NEXT_COLOUR = '#e65100';
/** How long a Done waits on the phone, to be taken back with one tap, before it is sent. */
const UNDO_MS = 5000;

const map = createMap($('crew-map'), { zoomControl: false });
const routeGroup = L.layerGroup().addTo(map);
const markerGroup = L.layerGroup().addTo(map);
let route = null;
/** The way to each stop, by the task id it leads to; null when the app gives no directions. */
let directions = null;
/** When the route shown is the copy kept on the phone (no network): the moment it was saved. */
let savedAt = null;
/** The version shown before the route changed, while the crew has not yet said it saw the change. */
let changed = null;
/** The signed-in account's name as the crew reads it, for what the phone keeps under it. */
let accountName = null;
let undoTimer = null;

header('crew');
installOffline();
init().catch(reportError);

async function init() {
  const account = await me().catch(() => null);
  // A crew account works its own route: the district and vehicle are chosen for it, and not shown.
  if (account && account.role === 'CREW') document.body.classList.add('crew-role');
  if (account) {
    setAccount(account.username);
    accountName = account.displayName || account.username;
  }
  beforeSignOut(confirmSignOut);
  await districtSelect($('district')).catch((error) => {
    if (!isNetworkFailure(error)) throw error;
  });
  $('date').value = param('date') || today();
  $('district').addEventListener('change', () => loadDistrict().catch(reportError));
  $('date').addEventListener('change', () => loadRoute().catch(reportError));
  $('vehicle').addEventListener('change', () => loadRoute().catch(reportError));
  onLanguageChange(() => draw());
  onQueueChange(() => draw());
  onReport('sent', (report, body) => {
    if (body && report.key === key() && body.planVersionId) {
      route = body;
      keep();
    }
    draw();
  });
  onReport('refused', (report, status, problem) => {
    if (status === 409 && problem && String(problem.detail || '').includes('planVersionId')) {
      // The route was replaced before the report arrived: show the new one; the crew reports again on it.
      notify(t('routeReplaced'), 'error');
      loadRoute().catch(reportError);
      return;
    }
    reportError(new ApiError(status, problem));
  });
  await loadDistrict(account);
  startSending();
}

async function loadDistrict(account) {
  const districtId = $('district').value || param('district');
  let vehicles = [];
  try {
    const [list, basemap] = await Promise.all([
      api(`/api/districts/${districtId}/vehicles`), api(`/api/districts/${districtId}/basemap`)]);
    vehicles = list;
    drawBasemap(map, basemap, { facilities: false });
  } catch (error) {
    if (!isNetworkFailure(error)) throw error;
  }
  const wanted = account && account.crew ? account.crew.vehicleId : param('vehicle');
  const choices = vehicles.length ? vehicles : [{ id: wanted, name: wanted }];
  $('vehicle').replaceChildren(...choices.filter((v) => v.id).map((v) => el('option', { value: v.id }, v.name || v.id)));
  if (wanted && choices.some((v) => v.id === wanted)) $('vehicle').value = wanted;
  await loadRoute();
}

function districtId() {
  return $('district').value || param('district');
}

function base() {
  return `/api/districts/${districtId()}/crews/${encodeURIComponent($('vehicle').value)}`;
}

/** What the phone keeps apart: one district's vehicle on one date. */
function key() {
  return `${districtId()}:${$('vehicle').value}:${$('date').value}`;
}

/** The version of the route this phone last showed the crew, per district, vehicle and date. */
function shownKey() {
  return `crew-route-shown:${key()}`;
}

async function loadRoute() {
  setParams({ district: districtId(), vehicle: $('vehicle').value, date: $('date').value });
  const date = $('date').value;
  let geojson = null;
  savedAt = null;
  try {
    const response = await fetch(`${base()}/route?date=${date}`, {
      headers: { Accept: 'application/json' }, credentials: 'same-origin',
    });
    if (response.status === 401) {
      window.location.assign(`/sign-in.html?next=${encodeURIComponent(window.location.pathname + window.location.search)}`);
      return;
    }
    if (response.status === 404) {
      route = null;
    } else if (!response.ok) {
      throw new ApiError(response.status, await response.json().catch(() => null));
    } else {
      route = await response.json();
      // The service worker answers with its kept copy when the network does not answer, saying when it kept it.
      savedAt = response.headers.get('X-Saved-At');
      geojson = await api(`${base()}/route.geojson?date=${date}`);
      directions = await loadDirections(date);
      if (!savedAt) keep(geojson);
    }
  } catch (error) {
    if (!isNetworkFailure(error)) throw error;
    const saved = savedRoute(key());
    if (!saved) throw error;
    ({ route, geojson, directions, savedAt } = saved);
  }
  if (savedAt && !geojson) geojson = savedRoute(key())?.geojson || null;
  const shown = localStorage.getItem(shownKey());
  // A route first seen here needs no notice; one that replaced the route shown earlier does, until the crew says seen.
  if (route && !shown) localStorage.setItem(shownKey(), String(route.planVersionId));
  changed = route && shown && shown !== String(route.planVersionId) ? shown : null;
  routeGroup.clearLayers();
  if (route && geojson) {
    L.geoJSON(geojson, {
      filter: (feature) => feature.properties.kind !== 'stop',
      // Washing a thick solid line, driving between work a thin dashed one.
      style: (feature) => (feature.properties.kind === 'washed'
        ? { color: COLOUR, weight: 6 } : { color: '#607d8b', weight: 2.5, dashArray: '4 7' }),
    }).addTo(routeGroup);
    const bounds = L.geoJSON(geojson).getBounds();
    if (bounds.isValid()) map.fitBounds(bounds, { padding: [16, 16] });
  }
  draw();
}

/** The way to each stop; none (and nothing shown) where the app has no directions. */
async function loadDirections(date) {
  try {
    const answer = await api(`${base()}/directions?date=${date}&planVersionId=${route.planVersionId}`);
    return Object.fromEntries((answer.legs || []).map((leg) => [leg.toTaskId, leg]));
  } catch (error) {
    if (error instanceof ApiError && error.status === 404) return null;
    if (isNetworkFailure(error)) return savedRoute(key())?.directions || null;
    console.warn('No directions', error);
    return null;
  }
}

/** Keeps the route as it is now on the phone, for a start without network. */
function keep(geojson) {
  const before = savedRoute(key());
  saveRoute(key(), { route, geojson: geojson || before?.geojson || null, directions });
}

/** Progress as the app recorded it, and what this phone reported that is still on its way. */
function progress() {
  const merged = { ...(route.progress || {}) };
  const waiting = new Set();
  for (const report of mine().filter((r) => r.key === key())) {
    for (const taskId of report.taskIds) {
      waiting.add(taskId);
      if (report.what === 'done') merged[taskId] = 'DONE';
      else if (!merged[taskId]) merged[taskId] = 'STARTED';
    }
  }
  return { merged, waiting };
}

function blockState(block, state, withdrawn) {
  const tasks = block.taskIds.filter((id) => !withdrawn[id]);
  if (block.taskIds.length && !tasks.length) return 'WITHDRAWN';
  if (!tasks.length) return null;
  if (tasks.every((id) => state.merged[id] === 'DONE')) return 'DONE';
  if (tasks.some((id) => state.merged[id])) return 'STARTED';
  return null;
}

function draw() {
  drawChange();
  drawOffline();
  markerGroup.clearLayers();
  if (!route) {
    $('summary').replaceChildren(el('p', {}, t('noPublished')));
    ['next', 'blocks', 'finished-blocks', 'downloads'].forEach((id) => $(id).replaceChildren());
    $('finished').hidden = true;
    return;
  }
  const r = route.route;
  const day = r.shiftStart.slice(0, 10);
  const withdrawn = route.withdrawn || {};
  const state = progress();
  const blocks = route.blocks || [];
  const work = blocks.filter((b) => b.taskIds.length && blockState(b, state, withdrawn) !== 'WITHDRAWN');
  const finished = work.filter((b) => blockState(b, state, withdrawn) === 'DONE');
  $('summary').replaceChildren(
    el('h1', {}, r.vehicleName || r.vehicleId),
    el('p', { class: 'shift', id: 'shift-title' }, shiftTitle(r)),
    el('p', { class: 'crew-progress', id: 'crew-progress' }, t('blocksDone').replace('{done}', finished.length).replace('{all}', work.length)
      + ` · ${number(r.kmDriven)} km`));

  // Numbered as the crew meets them: work and stops alike, in the order of the route.
  const numbered = blocks.map((block, index) => ({ block, n: index + 1, status: blockState(block, state, withdrawn) }));
  const next = numbered.find(({ block, status }) => block.taskIds.length && status !== 'DONE' && status !== 'WITHDRAWN');
  // Below the next block what comes after it; stops before it are behind the crew, and work before it is done, but
  // for a blind spot withdrawn, which stays in sight with its reason.
  const nextAt = next ? next.n : blocks.length + 1;
  const open = numbered.filter((entry) => entry.status !== 'DONE'
    && (entry.n > nextAt || entry.status === 'WITHDRAWN'));
  const closed = numbered.filter((entry) => entry.status === 'DONE');
  drawNext(next, day, state);
  $('blocks').replaceChildren(...open.map((entry) => row(entry, day, state, withdrawn)));
  $('rest').hidden = $('blocks').children.length === 0;
  $('finished').hidden = closed.length === 0;
  $('finished-title').textContent = t('blocksFinished').replace('{n}', closed.length);
  $('finished-blocks').replaceChildren(...closed.map((entry) => row(entry, day, state, withdrawn)));
  drawDownloads();

  for (const { block, n, status } of numbered) {
    if (block.lat === null || block.lat === undefined || status === 'DONE' || !['STREET_PASS', 'BLIND_SPOT',
      'TOILET_ROUND', 'REFILL', 'SALT_RELOAD', 'DUMP'].includes(block.kind)) continue;
    const isNext = next && next.block === block;
    L.marker([block.lat, block.lon], {
      icon: stopIcon(block.taskIds.length ? 'TASK' : block.kind, n, isNext ? NEXT_COLOUR : COLOUR, isNext),
      pane: 'stops', keyboard: false, zIndexOffset: isNext ? 1000 : 0,
    }).addTo(markerGroup);
  }
}

/** "Night shift 12-03 22:00 – 12-04 06:00": the shift's own dates, as a night shift begins the evening before. */
function shiftTitle(r) {
  const [startDay, startClock] = r.shiftStart.split('T');
  const [endDay, endClock] = r.shiftEnd.split('T');
  const hour = Number(startClock.slice(0, 2));
  const kind = startDay !== endDay || hour >= 18 ? 'shiftNight' : 'shiftDay';
  const end = endDay === startDay ? endClock.slice(0, 5) : `${endDay.slice(5)} ${endClock.slice(0, 5)}`;
  return `${t(kind)} ${startDay.slice(5)} ${startClock.slice(0, 5)} – ${end}`;
}

/** What a block is, in the crew's words: "Wash 大北街", "Clear blind spot", "Refill". */
function title(block) {
  if (block.kind === 'STREET_PASS') {
    const swept = (block.weatherCode || '').startsWith('WEATHER_SWEPT_');
    const key = { PLOUGH: 'blockPlough', DE_ICE: 'blockDeIce' }[block.snowWork] || (swept ? 'blockSweep' : 'blockWash');
    return t(key).replace('{street}', block.street || '');
  }
  return t(block.kind);
}

function where(block) {
  if (block.kind === 'STREET_PASS') {
    if (block.from && block.to && block.from !== block.to) {
      return t('blockFromTo').replace('{from}', block.from).replace('{to}', block.to);
    }
    return block.from ? t('blockFrom').replace('{from}', block.from) : '';
  }
  if (['BREAK', 'DEPOT', 'DEPOT_WAIT'].includes(block.kind)) return '';
  return block.street || '';
}

/**
 * Why the weather changed a street's work, in the crew's words: "Swept instead of washed: too cold at 02:00 (−9 °C,
 * washing needs ≥ 3 °C)"; nothing when it did not.
 */
function weatherReason(block) {
  const code = block.weatherCode;
  if (!code) return '';
  const params = { ...(block.weatherParams || {}) };
  for (const key of ['temperatureC', 'minimumC']) {
    if (params[key]) params[key] = params[key].replace(/^-/, '\u2212');
  }
  const fill = (text) => text.replace(/\{(\w+)\}/g, (whole, name) => (name in params ? params[name] : whole));
  if (code === 'ALERT_SPRINKLING') {
    params.alert = t(`weatherAlert_${params.alert}`);
    params.level = t(`weatherLevel_${params.level}`);
    return fill(t('weather_ALERT_SPRINKLING'));
  }
  const cause = params.cause;
  if (!cause || !code.endsWith(`_${cause}`)) return '';
  const outcome = code.slice(0, -(cause.length + 1));
  return t('weatherJoin').replace('{outcome}', t(`weatherOutcome_${outcome}`))
    .replace('{cause}', fill(t(`weatherCause_${cause}`)));
}

function facts(block, day) {
  return [`${time(block.start, day)}–${time(block.end, day)}`, ...streetFacts(block)].join(' · ');
}

/** "1.2 km · both ways" for a street; nothing for other work. */
function streetFacts(block) {
  if (block.kind !== 'STREET_PASS') return [];
  return [block.lengthM ? distance(block.lengthM) : null, t(block.bothWays ? 'bothWays' : 'oneDirection')]
    .filter(Boolean);
}

function distance(metres) {
  return metres >= 1000 ? t('distanceKm').replace('{km}', number(metres / 1000, 1))
    : t('distanceM').replace('{m}', Math.round(metres / 10) * 10 || Math.round(metres));
}


/** How far the crew is behind the plan on the next block, only while its shift runs and only when it is. */
function behind(block, status) {
  if (status === 'STARTED') return null;
  const now = Date.parse(`${nowLocal()}Z`);
  const start = Date.parse(`${block.start}Z`);
  const shiftEnd = Date.parse(`${route.route.shiftEnd}Z`);
  const minutes = (now - start) / 60000;
  if (minutes < 15 || now > shiftEnd + 4 * 3600000) return null;
  return t('behindPlan').replace('{duration}', duration(minutes));
}

function drawNext(entry, day, state) {
  if (!entry) {
    $('next').className = 'crew-next';
    delete $('next').dataset.block;
    $('next').replaceChildren(el('p', { class: 'eyebrow' }, t('blockNext')), el('h2', {}, t('blocksAllDone')));
    return;
  }
  const { block, n, status } = entry;
  const late = behind(block, status);
  const waiting = block.taskIds.some((id) => state.waiting.has(id));
  $('next').className = `crew-next${status ? ` ${status.toLowerCase()}` : ''}`;
  $('next').dataset.block = block.id;
  // What a block does not have (a cross street, directions) is left out, not written as "null".
  $('next').replaceChildren(...[
    el('p', { class: 'eyebrow' }, `${t('blockNext')} · ${n}`),
    el('h2', {}, title(block)),
    where(block) ? el('p', { class: 'where' }, where(block)) : null,
    el('p', { class: 'facts' }, facts(block, day)),
    weatherReason(block) ? el('p', { class: 'weather-reason' }, weatherReason(block)) : null,
    late ? el('p', { class: 'behind' }, late) : null,
    waiting ? el('p', { class: 'pending-mark' }, t('blockWaiting')) : null,
    el('div', { class: 'actions' },
      status ? null : el('button', {
        type: 'button', class: 'start', id: 'block-start', 'aria-label': `${t('markStarted')} ${title(block)}`,
        onclick: () => report(block, 'started'),
      }, t('markStarted')),
      el('button', {
        type: 'button', class: 'primary done', id: 'block-done', 'aria-label': `${t('markDone')} ${title(block)}`,
        // One tap: the block leaves the list at once, and the report waits a moment for an Undo before it is sent.
        onclick: () => showUndo(block, report(block, 'done', UNDO_MS)),
      }, t('markDone'))),
    drawDirections(block)].filter(Boolean));
}

function drawDirections(block) {
  const leg = directions ? directions[block.taskIds[0]] : null;
  if (!leg || !leg.steps || !leg.steps.length) return null;
  return el('div', { class: 'directions', id: 'directions' },
    el('h3', {}, t('directionsTo').replace('{distance}', distance(leg.distanceM || 0))),
    el('ol', {}, ...leg.steps.map((step) => el('li', {},
      t(`turn_${step.turn}`).replace('{street}', step.street || t('unnamedRoad'))
        + (step.turn !== 'ARRIVE' && step.distanceM ? `, ${distance(step.distanceM)}` : '')))));
}

function row({ block, n, status }, day, state, withdrawn) {
  const cancelled = block.taskIds.length === 1 ? withdrawn[block.taskIds[0]] : null;
  const waiting = block.taskIds.some((id) => state.waiting.has(id));
  const place = where(block);
  return el('li', {
    class: `crew-block ${block.kind.toLowerCase()}${status ? ` ${status.toLowerCase()}` : ''}${waiting ? ' pending' : ''}`,
    'data-block': block.id,
  },
  el('span', { class: 'seq' }, String(n)),
  el('span', { class: 'at' }, time(block.start, day)),
  el('span', { class: 'what' }, title(block)),
  place || block.kind === 'STREET_PASS'
    ? el('span', { class: 'detail' }, [place, ...streetFacts(block)].filter(Boolean).join(' · ')) : null,
  weatherReason(block) ? el('span', { class: 'detail weather-reason' }, weatherReason(block)) : null,
  cancelled ? el('span', { class: 'detail withdrawn-reason' }, withdrawnText(cancelled)) : null);
}

function drawDownloads() {
  const date = route.date;
  $('downloads').replaceChildren(
    el('a', { href: `${base()}/route-sheet?date=${date}&lang=${language()}`, target: '_blank', rel: 'noopener',
      id: 'print-sheet' },
      t('printSheet')),
    el('a', { href: `${base()}/route.gpx?date=${date}`, download: '', id: 'download-gpx' }, t('downloadGpx')),
    el('a', { href: `${base()}/route.geojson?date=${date}`, download: `${route.route.vehicleId}-${date}.geojson`,
      id: 'download-geojson' }, t('downloadGeoJson')));
}

function drawOffline() {
  const waiting = mine().filter((report) => !isHeld(report)).length;
  const others = queued().filter((report) => report.account && report.account !== signedInAs());
  const parts = [];
  if (savedAt) {
    // In the district's time, as every time on the page.
    const at = new Date(savedAt).toLocaleTimeString(language() === 'zh' ? 'zh-CN' : 'en-GB',
      { hour: '2-digit', minute: '2-digit', hourCycle: 'h23', timeZone: route ? route.timeZone : undefined });
    parts.push(el('p', { id: 'offline-saved' }, t('offlineSaved').replace('{time}', at)));
  }
  if (waiting) {
    parts.push(el('p', { id: 'reports-waiting' }, t('reportsWaiting').replace('{n}', waiting),
      ' ', el('button', { type: 'button', class: 'link', id: 'send-now', onclick: () => flush() }, t('sendNow'))));
  }
  if (others.length) {
    // Kept for the account that made them: this crew neither sends nor sees them as its own progress.
    const names = [...new Set(others.map((report) => report.accountName || report.account))].join(', ');
    parts.push(el('p', { id: 'reports-other' },
      t('reportsOfOther').replace('{n}', others.length).replace('{account}', names)));
  }
  $('offline').hidden = parts.length === 0;
  $('offline').replaceChildren(...parts);
}

function drawChange() {
  if (!changed || !route) {
    $('route-changed').replaceChildren();
    $('route-changed').hidden = true;
    return;
  }
  const change = route.change;
  const at = route.publishedAt ? new Date(route.publishedAt).toLocaleTimeString(
    language() === 'zh' ? 'zh-CN' : 'en', { timeZone: route.timeZone, hour: '2-digit', minute: '2-digit' }) : '';
  const parts = [t('routeChanged').replace('{time}', at).replace('{by}', route.publishedBy || '')];
  // Counts against the route shown here only when no other change came in between.
  if (change && String(change.previousPlanVersionId) === changed) {
    parts.push(t('routeChangedStops').replace('{added}', change.stopsAdded.length)
      .replace('{removed}', change.stopsRemoved.length));
  }
  $('route-changed').hidden = false;
  $('route-changed').replaceChildren(
    el('p', {}, parts.join(language() === 'zh' ? '' : ' ')),
    el('button', {
      type: 'button', id: 'route-changed-seen',
      onclick: () => {
        localStorage.setItem(shownKey(), String(route.planVersionId));
        changed = null;
        drawChange();
      },
    }, t('routeChangedSeen')));
}

function withdrawnText(withdrawn) {
  const text = t(`withdrawn_${withdrawn.status}`).replace('{other}', withdrawn.duplicateOf || '');
  return withdrawn.reason ? `${text} · ${withdrawn.reason}` : text;
}

/**
 * Queues the report, under the account signed in now, and sends it: at once with network (after holdMs, for an Undo),
 * when it is back without. Returns the report's id.
 */
function report(block, what, holdMs = 0) {
  const account = signedInAs();
  const id = queueReport({
    key: key(),
    url: `${base()}/blocks/${encodeURIComponent(block.id)}/${what}?date=${$('date').value}`
      + `&planVersionId=${route.planVersionId}${account ? `&reportedBy=${encodeURIComponent(account)}` : ''}`,
    account,
    accountName,
    districtId: districtId(),
    vehicleId: $('vehicle').value,
    planVersionId: route.planVersionId,
    blockId: block.id,
    taskIds: block.taskIds,
    what,
  }, holdMs);
  draw();
  return id;
}

/** "Done: Wash 大北街 · Undo" for as long as the report waits; Undo takes it off the queue unsent. */
function showUndo(block, reportId) {
  clearTimeout(undoTimer);
  const hide = () => {
    clearTimeout(undoTimer);
    $('undo').hidden = true;
    $('undo').replaceChildren();
  };
  $('undo').replaceChildren(
    el('span', {}, t('blockDoneUndo').replace('{block}', title(block))),
    el('button', {
      type: 'button', id: 'undo-done',
      onclick: () => {
        hide();
        discard({ id: reportId });
        draw();
      },
    }, t('undo')));
  $('undo').hidden = false;
  undoTimer = setTimeout(() => {
    hide();
    draw();
  }, UNDO_MS);
}

/**
 * Before signing out with reports of this account still on the phone: says they stay for its next sign-in, or lets
 * the crew discard them. Resolves true to sign out.
 */
function confirmSignOut() {
  const waiting = mine().filter((report) => report.account);
  if (!waiting.length) return true;
  return new Promise((resolve) => {
    const close = (answer) => {
      dialog.close();
      dialog.remove();
      resolve(answer);
    };
    const dialog = el('dialog', { id: 'sign-out-queue', class: 'crew-dialog' },
      el('p', {}, t('signOutQueued').replace('{n}', waiting.length)
        .replace('{account}', accountName || signedInAs() || '')),
      el('div', { class: 'actions' },
        el('button', { type: 'button', class: 'primary', id: 'sign-out-keep', onclick: () => close(true) },
          t('signOutKeep')),
        el('button', {
          type: 'button', id: 'sign-out-discard',
          onclick: () => {
            discard({ account: signedInAs() });
            close(true);
          },
        }, t('signOutDiscard')),
        el('button', { type: 'button', class: 'link', id: 'sign-out-stay', onclick: () => close(false) },
          t('signOutStay'))));
    document.body.append(dialog);
    dialog.showModal();
  });
}
