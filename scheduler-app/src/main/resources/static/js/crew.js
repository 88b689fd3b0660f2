// The crew's phone page: today's route from the published plan as a list of stops with times, streets and what to
// do, a small map, buttons to report a task started and done, and the printable route sheet.
import {
  api, districtSelect, el, header, me, notify, number, param, reportError, setParams, time, today,
} from './common.js';
import { language, onLanguageChange, t } from './i18n.js';
import { createMap, drawBasemap, stopIcon } from './map.js';

const L = window.L;
const $ = (id) => document.getElementById(id);
const COLOUR = '#1565c0';

const map = createMap($('crew-map'), { zoomControl: false });
const routeGroup = L.layerGroup().addTo(map);
let route = null;
/** The version shown before the route changed, while the crew has not yet said it saw the change. */
let changed = null;

header('crew');
init().catch(reportError);

async function init() {
  await districtSelect($('district'));
  $('date').value = param('date') || today();
  $('district').addEventListener('change', () => loadDistrict().catch(reportError));
  $('date').addEventListener('change', () => loadRoute().catch(reportError));
  $('vehicle').addEventListener('change', () => loadRoute().catch(reportError));
  onLanguageChange(() => draw());
  await loadDistrict();
}

async function loadDistrict() {
  const districtId = $('district').value;
  const [vehicles, basemap] = await Promise.all([
    api(`/api/districts/${districtId}/vehicles`), api(`/api/districts/${districtId}/basemap`)]);
  $('vehicle').replaceChildren(...vehicles.map((v) => el('option', { value: v.id }, v.name || v.id)));
  const account = await me().catch(() => null);
  // A crew account sees only its own vehicle's route: the choice is made for it.
  const own = account && account.crew ? account.crew : null;
  const wanted = own ? own.vehicleId : param('vehicle');
  if (wanted && vehicles.some((v) => v.id === wanted)) $('vehicle').value = wanted;
  $('vehicle').disabled = Boolean(own);
  $('district').disabled = Boolean(own);
  drawBasemap(map, basemap, { facilities: false });
  await loadRoute();
}

function base() {
  return `/api/districts/${$('district').value}/crews/${encodeURIComponent($('vehicle').value)}`;
}

/** The version of the route this phone last showed the crew, per district, vehicle and date. */
function shownKey() {
  return `crew-route-shown:${$('district').value}:${$('vehicle').value}:${$('date').value}`;
}

async function loadRoute() {
  setParams({ district: $('district').value, vehicle: $('vehicle').value, date: $('date').value });
  try {
    route = await api(`${base()}/route?date=${$('date').value}`);
  } catch (error) {
    if (error.status !== 404) throw error;
    route = null;
  }
  const shown = localStorage.getItem(shownKey());
  // A route first seen here needs no notice; one that replaced the route shown earlier does, until the crew says seen.
  if (route && !shown) localStorage.setItem(shownKey(), String(route.planVersionId));
  changed = route && shown && shown !== String(route.planVersionId) ? shown : null;
  routeGroup.clearLayers();
  if (route) {
    const geojson = await api(`${base()}/route.geojson?date=${$('date').value}`);
    L.geoJSON(geojson, {
      filter: (feature) => feature.properties.kind !== 'stop',
      style: (feature) => (feature.properties.kind === 'washed'
        ? { color: COLOUR, weight: 6 } : { color: COLOUR, weight: 2.5, dashArray: '5 6' }),
    }).addTo(routeGroup);
    const bounds = L.geoJSON(geojson).getBounds();
    if (bounds.isValid()) map.fitBounds(bounds, { padding: [16, 16] });
  }
  draw();
}

function draw() {
  drawChange();
  if (!route) {
    $('summary').replaceChildren(el('p', {}, t('noPublished')));
    $('stops').replaceChildren();
    return;
  }
  const r = route.route;
  // Times read against the shift's first day: a night crew sees 22:05, then 00:10 with its date.
  const day = r.shiftStart.slice(0, 10);
  const withdrawn = route.withdrawn || {};
  const tasks = r.stops.filter((s) => s.kind === 'TASK' && !withdrawn[s.taskId]);
  const done = tasks.filter((s) => route.progress[s.taskId] === 'DONE').length;
  $('summary').replaceChildren(
    el('h1', {}, `${r.vehicleName || r.vehicleId} · ${t('crewRoute')}`),
    el('p', {}, `${t('shift')} ${time(r.shiftStart, day)}–${time(r.shiftEnd, day)} · ${number(r.kmDriven)} km · `
      + `${done}/${tasks.length} ${t('done')}`),
    el('a', {
      href: `${base()}/route-sheet?date=${route.date}`, target: '_blank', rel: 'noopener', class: 'print-link',
      id: 'print-sheet',
    }, t('printSheet')));
  let number_ = 0;
  routeGroup.eachLayer((layer) => { if (layer.options?.pane === 'stops') routeGroup.removeLayer(layer); });
  $('stops').replaceChildren(...r.stops.map((stop) => {
    if (stop.kind === 'TASK') number_ += 1;
    const cancelled = stop.taskId ? withdrawn[stop.taskId] : null;
    const status = cancelled ? 'WITHDRAWN' : (stop.taskId ? route.progress[stop.taskId] : null);
    if (stop.lat !== null && stop.lat !== undefined && (stop.kind === 'TASK' || stop.kind === 'REFILL' || stop.kind === 'DUMP')) {
      L.marker([stop.lat, stop.lon], { icon: stopIcon(stop.kind, number_, COLOUR, false), pane: 'stops', keyboard: false })
        .addTo(routeGroup);
    }
    return el('li', {
      class: `crew-stop ${stop.kind.toLowerCase()}${status ? ` ${status.toLowerCase()}` : ''}`,
      'data-task': stop.taskId || '',
    },
    el('span', { class: 'seq' }, stop.kind === 'TASK' ? String(number_) : t(stop.kind)),
    el('span', { class: 'times' }, `${t('arrive')} ${time(stop.arrival, day)}`
      + (stop.waitMinutes > 0 ? ` · ${t('WAIT')} ${stop.waitMinutes} min` : '')
      + ` · ${t('work')} ${time(stop.start, day)}–${time(stop.end, day)}`),
    el('span', { class: 'label' }, stop.label),
    el('span', { class: 'what' }, whatToDo(stop),
      status && !cancelled ? el('span', { class: 'state' }, ` · ${t(status.toLowerCase())}`) : null),
    cancelled ? el('p', { class: 'withdrawn-reason' }, withdrawnText(cancelled)) : null,
    stop.kind === 'TASK' && !cancelled ? actions(stop, status) : null);
  }));
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

function whatToDo(stop) {
  if (stop.kind !== 'TASK') return t(stop.kind);
  const parts = [t(stop.taskKind)];
  if (stop.direction) parts.push(t(stop.direction));
  if (stop.lateMinutes > 0) parts.push(`${t('late')} ${stop.lateMinutes} min`);
  return parts.join(' · ');
}

function actions(stop, status) {
  const box = el('span', { class: 'actions' });
  if (status === 'DONE') return box;
  if (!status) {
    box.appendChild(el('button', {
      type: 'button', class: 'start', 'aria-label': `${t('markStarted')} ${stop.label}`,
      onclick: () => mark(stop.taskId, 'started'),
    }, t('markStarted')));
  }
  box.appendChild(el('button', {
    type: 'button', class: 'primary done', 'aria-label': `${t('markDone')} ${stop.label}`,
    onclick: () => {
      // Done cannot be taken back from the phone: the task leaves the crew's list of work.
      if (window.confirm(t('confirmDone').replace('{task}', stop.label))) mark(stop.taskId, 'done');
    },
  }, t('markDone')));
  return box;
}

async function mark(taskId, what) {
  try {
    route = await api(`${base()}/tasks/${encodeURIComponent(taskId)}/${what}?date=${$('date').value}`
      + `&planVersionId=${route.planVersionId}`, { method: 'POST' });
    draw();
  } catch (error) {
    if (error.status === 409 && route && error.message.includes('planVersionId')) {
      // The route was replaced since it was loaded: show the new one with its notice, report nothing.
      notify(t('routeReplaced'), 'error');
      await loadRoute().catch(reportError);
      return;
    }
    reportError(error);
  }
}
