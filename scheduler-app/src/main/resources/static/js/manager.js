// The manager's view: two plan versions side by side (figures and their differences, charts, tasks per subdistrict
// on the map) and the history of nightly re-planning.
import {
  api, districtSelect, el, header, instantLocal, me, notify, number, param, reportError, setParams,
} from './common.js';
import { onLanguageChange, t } from './i18n.js';
import { pairedBars } from './charts.js';
import { createMap, drawBasemap } from './map.js';

const L = window.L;
const $ = (id) => document.getElementById(id);

// Figures where less is better; for the others more is better.
const LOWER_IS_BETTER = new Set(['vehiclesUsed', 'kmDriven', 'kmDeadheaded', 'waterUsedM3', 'blindSpotsOverdue',
  'overtimeMinutes', 'unassignedTasks', 'workingMinutesStandardDeviation', 'washingDeadheadKmPerKmWashed',
  'subdistrictsPerWashingVehicle', 'waitingMinutesOnStreet', 'waitingMinutesAtDepot', 'toiletMaxGapBreaches',
  'worstLatenessMinutes']);

// Ratios and means read to two decimals; the other figures to one.
const TWO_DECIMALS = new Set(['washingDeadheadKmPerKmWashed', 'subdistrictsPerWashingVehicle']);

const map = createMap($('area-map'));
let basemap = null;
let areaLayer = null;
let last = null;

header('manager');
init().catch(reportError);

async function init() {
  await districtSelect($('district'));
  $('district').addEventListener('change', () => loadDistrict().catch(reportError));
  $('left-plan').addEventListener('change', () => fillVersions('left').catch(reportError));
  $('right-plan').addEventListener('change', () => fillVersions('right').catch(reportError));
  $('compare').addEventListener('click', () => compare().catch(reportError));
  $('cron-form').addEventListener('submit', () => saveCron());
  onLanguageChange(() => {
    if (last) draw(last);
    loadNightly().catch(reportError);
  });
  await loadDistrict();
}

async function loadDistrict() {
  const districtId = $('district').value;
  setParams({ district: districtId });
  basemap = await api(`/api/districts/${districtId}/basemap`);
  map.eachLayer((layer) => map.removeLayer(layer));
  drawBasemap(map, basemap, { facilities: false });
  const plans = await api(`/api/districts/${districtId}/plans`);
  for (const side of ['left', 'right']) {
    $(`${side}-plan`).replaceChildren(...plans.map((p) => el('option', { value: p.id }, `${p.planDate} · #${p.id}`)));
  }
  await chooseDefaults(plans);
  await loadNightly();
  if ($('left-version').value && $('right-version').value) await compare();
}

/** By default the newest version on the right and the one before it (or the published one) on the left. */
async function chooseDefaults(plans) {
  const all = [];
  for (const plan of plans.slice(0, 3)) {
    const versions = await api(`/api/plans/${plan.id}/versions`);
    versions.forEach((v) => all.push(v));
  }
  all.sort((a, b) => Date.parse(b.createdAt) - Date.parse(a.createdAt));
  const [right, leftCandidate] = all;
  const left = all.find((v) => v.status === 'PUBLISHED' && v !== right) || leftCandidate || right;
  const wanted = (name) => param(name)?.split('v').map(Number);
  const [leftPlan, leftVersion] = wanted('left') || (left ? [left.planId, left.version] : []);
  const [rightPlan, rightVersion] = wanted('right') || (right ? [right.planId, right.version] : []);
  if (leftPlan) $('left-plan').value = String(leftPlan);
  if (rightPlan) $('right-plan').value = String(rightPlan);
  await fillVersions('left', leftVersion);
  await fillVersions('right', rightVersion);
}

async function fillVersions(side, wanted) {
  const planId = $(`${side}-plan`).value;
  if (!planId) return;
  const versions = await api(`/api/plans/${planId}/versions`);
  $(`${side}-version`).replaceChildren(...versions.slice().reverse().map((v) => el('option', { value: v.version },
    `v${v.version} · ${t(v.status.toLowerCase())} · ${v.score}`)));
  if (wanted && versions.some((v) => v.version === wanted)) $(`${side}-version`).value = String(wanted);
}

async function compare() {
  const leftPlan = $('left-plan').value;
  const leftVersion = $('left-version').value;
  const rightPlan = $('right-plan').value;
  const rightVersion = $('right-version').value;
  setParams({ left: `${leftPlan}v${leftVersion}`, right: `${rightPlan}v${rightVersion}` });
  const [comparison, leftReport, rightReport] = await Promise.all([
    api(`/api/comparisons?leftPlan=${leftPlan}&leftVersion=${leftVersion}&rightPlan=${rightPlan}&rightVersion=${rightVersion}`),
    api(`/api/plans/${leftPlan}/versions/${leftVersion}`),
    api(`/api/plans/${rightPlan}/versions/${rightVersion}`),
  ]);
  last = { comparison, leftReport, rightReport };
  draw(last);
}

function draw({ comparison, leftReport, rightReport }) {
  drawTable(comparison);
  drawCharts(leftReport, rightReport);
  drawAreas(comparison);
}

function drawTable(comparison) {
  const side = (s) => `#${s.planId} v${s.version} · ${t(s.status.toLowerCase())}`;
  $('kpi-table').replaceChildren(
    el('thead', {}, el('tr', {}, el('th', { scope: 'col' }, t('kpi')), el('th', { scope: 'col' }, side(comparison.left)),
      el('th', { scope: 'col' }, side(comparison.right)), el('th', { scope: 'col' }, t('difference')))),
    el('tbody', {}, ...comparison.kpis.map((row) => {
      // No difference when a side has no value (nothing washed, or a plan from before the figure).
      const compared = row.difference !== null && row.difference !== undefined && row.difference !== 0;
      const better = compared && (row.difference < 0) === LOWER_IS_BETTER.has(row.kpi);
      const judged = compared ? (better ? 'better' : 'worse') : '';
      const digits = TWO_DECIMALS.has(row.kpi) ? 2 : 1;
      return el('tr', { 'data-kpi': row.kpi, 'data-vehicle-type': row.vehicleTypeId },
        el('th', { scope: 'row' }, row.vehicleTypeId ? `${t(row.kpi)} · ${row.vehicleTypeId}` : t(row.kpi)),
        el('td', {}, number(row.left, digits)),
        el('td', {}, number(row.right, digits)),
        el('td', { class: judged, title: judged ? t(judged) : '' },
          `${row.difference > 0 ? '+' : ''}${number(row.difference, digits)}`));
    })));
  $('moved').textContent = `${t('movedTasks')}: ${comparison.movedTasks.length}`;
}

function drawCharts(left, right) {
  const kpi = (key) => ({ label: t(key), left: left.kpis[key], right: right.kpis[key] });
  const sla = (k) => (k.blindSpotsCleared ? (100 * k.blindSpotsClearedWithinSla) / k.blindSpotsCleared : 100);
  const work = new Map();
  for (const [side, report] of [['left', left], ['right', right]]) {
    for (const route of report.routes) {
      const row = work.get(route.vehicleId) || { label: route.vehicleName || route.vehicleId, left: 0, right: 0 };
      row[side] = route.workingMinutes;
      work.set(route.vehicleId, row);
    }
  }
  // One quantity (or one unit) per chart: a shared scale would dwarf counts next to cubic metres or minutes.
  const one = (key, value) => [{ label: t(key), ...value }];
  $('charts').replaceChildren(
    pairedBars(t('chartKm'), [
      { ...kpi('kmDriven'), label: t('kmDrivenShort') }, { ...kpi('kmDeadheaded'), label: t('kmDeadheadedShort') },
      { ...kpi('kmWashed'), label: t('kmWashedShort') }], 'km'),
    pairedBars(t('chartWater'), one('waterUsedShort', { left: left.kpis.waterUsedM3, right: right.kpis.waterUsedM3 }), 'm³'),
    pairedBars(t('chartRefills'), one('refills', { left: left.kpis.refills, right: right.kpis.refills }), t('unitRefills')),
    pairedBars(t('chartSla'), one('slaShort', { left: sla(left.kpis), right: sla(right.kpis) }), '%'),
    pairedBars(t('chartOverdue'), one('blindSpotsOverdue', { left: left.kpis.blindSpotsOverdue, right: right.kpis.blindSpotsOverdue }), t('unitSpots')),
    pairedBars(t('chartOvertime'), one('overtimeShort', { left: left.kpis.overtimeMinutes, right: right.kpis.overtimeMinutes }), t('unitMin')),
    pairedBars(t('chartUnassigned'), one('unassignedTasks', { left: left.kpis.unassignedTasks, right: right.kpis.unassignedTasks }), t('unitTasks')),
    pairedBars(t('workPerCrew'), [...work.values()], t('unitMin')));
}

/** Subdistricts where either plan works, shaded by the change in work minutes (blue more, orange less). */
function drawAreas(comparison) {
  if (areaLayer) map.removeLayer(areaLayer);
  const rows = comparison.bySubdistrict;
  const worked = { ...basemap, features: basemap.features.filter((f) => f.properties.layer === 'subdistrict' && rows[f.properties.id]) };
  const maxDiff = Math.max(1, ...Object.values(rows).map((r) => Math.abs(r.rightWorkMinutes - r.leftWorkMinutes)));
  areaLayer = L.featureGroup().addTo(map);
  L.geoJSON(worked, {
    style: (feature) => {
      const row = rows[feature.properties.id];
      const diff = row.rightWorkMinutes - row.leftWorkMinutes;
      if (Math.abs(diff) < 0.5) return { color: '#37474f', weight: 1.5, fillColor: '#90a4ae', fillOpacity: 0.25 };
      const strength = 0.2 + (0.5 * Math.abs(diff)) / maxDiff;
      return { color: '#37474f', weight: 1.5, fillColor: diff > 0 ? '#1565c0' : '#ef6c00', fillOpacity: strength };
    },
    onEachFeature: (feature, layer) => {
      const row = rows[feature.properties.id];
      layer.bindTooltip(el('div', {}, el('b', {}, feature.properties.name), el('br'),
        `${t('tasks')}: ${row.leftTasks} → ${row.rightTasks}`, el('br'),
        `${t('work')}: ${number(row.leftWorkMinutes, 0)} → ${number(row.rightWorkMinutes, 0)} min`), { sticky: true });
      L.marker(layer.getBounds().getCenter(), {
        interactive: false,
        keyboard: false,
        icon: L.divIcon({
          className: 'area-label',
          html: el('span', {}, feature.properties.name, el('br'), `${row.leftTasks} → ${row.rightTasks}`),
          iconSize: [120, 34],
        }),
      }).addTo(areaLayer);
    },
  }).addTo(areaLayer);
  if (areaLayer.getBounds().isValid()) map.fitBounds(areaLayer.getBounds(), { padding: [8, 8] });
}

async function saveCron() {
  const districtId = $('district').value;
  try {
    await api(`/api/districts/${districtId}/nightly`, { method: 'PUT', body: { cron: $('cron').value.trim() } });
    notify(t('saved'));
    await loadNightly();
  } catch (error) {
    reportError(error);
  }
}

/** Who changed what in the district, newest first: managers and admins answer for it. */
async function loadAudit(districtId) {
  const entries = await api(`/api/districts/${districtId}/audit?limit=50`);
  if (!entries.length) {
    $('audit').replaceChildren(el('tbody', {}, el('tr', {}, el('td', {}, t('noAudit')))));
    return;
  }
  $('audit').replaceChildren(
    el('thead', {}, el('tr', {}, ...['auditAt', 'auditAccount', 'auditAction', 'auditStatus', 'auditFrom']
      .map((key) => el('th', { scope: 'col' }, t(key))))),
    el('tbody', {}, ...entries.map((entry) => el('tr', {},
      el('td', {}, instantLocal(entry.at)),
      el('td', {}, entry.account),
      el('td', { class: 'audit-path' }, `${entry.method} ${entry.path}`),
      el('td', { class: entry.status >= 400 ? 'outcome-FAILED' : null }, String(entry.status)),
      el('td', {}, entry.remoteAddress)))));
}

async function loadNightly() {
  const districtId = $('district').value;
  const [schedule, runs] = await Promise.all([
    api(`/api/districts/${districtId}/nightly`), api(`/api/districts/${districtId}/nightly-runs`)]);
  const runNow = el('button', { type: 'button', id: 'run-nightly' }, t('runNow'));
  runNow.addEventListener('click', async () => {
    try {
      await api(`/api/districts/${districtId}/nightly/run`, { method: 'POST' });
      setTimeout(() => loadNightly().catch(reportError), 1500);
    } catch (error) {
      reportError(error);
    }
  });
  $('nightly-schedule').replaceChildren(`${t('nightlySchedule')}: ${schedule.cron} · ${t('nextFire')}: `
    + `${schedule.nextFire ? schedule.nextFire.replace('T', ' ').replace(/\[.*\]$/, '') : '–'} `, runNow);
  // The server's reason (English, with a hint) as the tooltip; the line itself in the page's language.
  $('nightly-problem').hidden = schedule.scheduled;
  $('nightly-problem').title = schedule.problem || '';
  $('nightly-problem').textContent = schedule.scheduled ? ''
    : `${t('nightlyNotScheduled')}${t(`nightlyProblem_${schedule.problemKind}`)} (${schedule.cron})`;
  const account = await me().catch(() => null);
  const maySchedule = account && (account.role === 'MANAGER' || account.role === 'ADMIN');
  $('cron-form').hidden = !maySchedule;
  $('audit-panel').hidden = !maySchedule;
  if (maySchedule) {
    if (document.activeElement !== $('cron')) $('cron').value = schedule.cron;
    await loadAudit(districtId);
  }
  if (!runs.length) {
    $('runs').replaceChildren(el('tbody', {}, el('tr', {}, el('td', {}, t('noRuns')))));
    return;
  }
  $('runs').replaceChildren(
    el('thead', {}, el('tr', {}, ...['plan', 'started_at', 'ended_at', 'outcome', 'score'].map((key) => el('th', { scope: 'col' }, t(key))))),
    el('tbody', {}, ...runs.slice().reverse().map((run) => el('tr', {},
      el('td', {}, `#${run.planId}`),
      el('td', {}, instantLocal(run.startedAt)),
      el('td', {}, instantLocal(run.endedAt)),
      el('td', { class: `outcome-${run.outcome}` }, run.outcome + (run.failureReason ? `: ${run.failureReason}` : '')),
      el('td', {}, run.bestScore || '–')))));
}
