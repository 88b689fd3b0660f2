// The manager's view: two plan versions side by side (figures and their differences, charts, tasks per subdistrict
// on the map) and the history of nightly re-planning.
import {
  ApiError, api, districtSelect, el, header, instantLocal, me, notify, number, param, reportError, setParams,
} from './common.js';
import { language, onLanguageChange, t } from './i18n.js';
import { pairedBars } from './charts.js';
import { createMap, drawBasemap } from './map.js';
import { DAYS, buildCron, readCron, scheduleWords } from './nightly-schedule.js';

const L = window.L;
const $ = (id) => document.getElementById(id);

// Figures where less is better; for the others more is better.
const LOWER_IS_BETTER = new Set(['vehiclesUsed', 'kmDriven', 'kmDeadheaded', 'waterUsedM3', 'refills', 'dumps', 'saltReloads',
  'blindSpotsOverdue',
  'overtimeMinutes', 'unassignedTasks', 'workingMinutesStandardDeviation', 'washingDeadheadKmPerKmWashed',
  'subdistrictsPerWashingVehicle', 'waitingMinutesOnStreet', 'waitingMinutesAtDepot', 'toiletMaxGapBreaches',
  'worstLatenessMinutes']);

// Shown under blind spots cleared as "of which ...": they count part of it, not something beside it.
const PART_OF_CLEARED = new Set(['blindSpotsClearedWithinSla', 'blindSpotsOverdue']);

// How many plans back the default comparison looks for a version to compare the newest one with.
const PLANS_LOOKED_AT = 20;

// Ratios and means read to two decimals; the other figures to one.
const TWO_DECIMALS = new Set(['washingDeadheadKmPerKmWashed', 'subdistrictsPerWashingVehicle']);

const map = createMap($('area-map'));
let basemap = null;
let areaLayer = null;
let last = null;
let note = null;
// The versions each side's list shows, with the forecast each was planned with.
const versionsShown = { left: [], right: [] };

header('manager');
init().catch(reportError);

async function init() {
  await districtSelect($('district'));
  $('district').addEventListener('change', () => {
    // The versions named in the address belong to the district left.
    setParams({ left: null, right: null });
    loadDistrict().catch(reportError);
  });
  $('left-plan').addEventListener('change', () => fillVersions('left').catch(reportError));
  $('right-plan').addEventListener('change', () => fillVersions('right').catch(reportError));
  $('compare').addEventListener('click', () => compare().catch(reportError));
  $('cron-form').addEventListener('submit', () => saveCron());
  $('whatif-form').addEventListener('submit', (event) => {
    event.preventDefault();
    runWhatIf().catch(whatIfFailed);
  });
  $('whatif-kind').addEventListener('change', whatIfKindChanged);
  whatIfKindChanged();
  buildPicker();
  onLanguageChange(() => {
    if (last) draw(last);
    if (note) showNote(note);
    whatIfKindChanged();
    // The versions' statuses are words too.
    for (const side of ['left', 'right']) fillVersions(side, Number($(`${side}-version`).value)).catch(reportError);
    buildPicker();
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
  const plans = await fillPlans(districtId);
  const comparable = await chooseDefaults(plans);
  await loadNightly();
  if (comparable) await compare();
}

/** The district's plans in both sides' lists, a what-if plan marked as one. */
async function fillPlans(districtId) {
  const plans = await api(`/api/districts/${districtId}/plans`);
  for (const side of ['left', 'right']) {
    $(`${side}-plan`).replaceChildren(...plans.map((p) => el('option', { value: p.id },
      `${p.planDate} · #${p.id}${p.whatIfOf ? ` · ${t('whatIfTag')}` : ''}`)));
  }
  return plans;
}

/**
 * The two versions compared unless the address names them: the newest plan's newest version on the right, and on the
 * left the version before it, or the previous plan's published version when the newest plan has only one.
 * False (and a note saying so) when there are not two versions to compare.
 */
async function chooseDefaults(plans) {
  const wanted = (name) => param(name)?.split('v').map(Number);
  showNote(null);
  let left = wanted('left');
  let right = wanted('right');
  if (!left || !right) {
    const pair = await newestPair(plans);
    if (pair.right) right = [pair.right.planId, pair.right.version];
    left = pair.left ? [pair.left.planId, pair.left.version] : right;
    if (!pair.left) showNote(pair.right ? 'onlyOneVersion' : 'noVersionYet');
  }
  if (!right) return false;
  $('left-plan').value = String(left[0]);
  $('right-plan').value = String(right[0]);
  await fillVersions('left', left[1]);
  await fillVersions('right', right[1]);
  return !note;
}

async function newestPair(plans) {
  let right = null;
  for (const plan of plans.slice(0, PLANS_LOOKED_AT)) {
    const versions = await api(`/api/plans/${plan.id}/versions`);
    if (versions.length) {
      if (right) return { left: versions.find((v) => v.status === 'PUBLISHED') || versions[versions.length - 1], right };
      right = versions[versions.length - 1];
      if (versions.length > 1) return { left: versions[versions.length - 2], right };
    }
  }
  return { right };
}

/** A line in place of the comparison (key of its words, or null to take it away); the figures drawn are cleared. */
function showNote(key) {
  note = key;
  $('compare-note').hidden = !key;
  $('compare-note').textContent = key ? t(key) : '';
  if (key) {
    last = null;
    $('kpi-table').replaceChildren();
    $('code-table').replaceChildren();
    $('forecasts').replaceChildren();
    $('charts').replaceChildren();
    $('moved').textContent = '';
    if (areaLayer) map.removeLayer(areaLayer);
    areaLayer = null;
  }
}

async function fillVersions(side, wanted) {
  const planId = $(`${side}-plan`).value;
  if (!planId) return;
  const versions = await api(`/api/plans/${planId}/versions`);
  versionsShown[side] = versions;
  // The raw score would make the list wider than a phone; feasibility is what tells versions apart here.
  $(`${side}-version`).replaceChildren(...versions.slice().reverse().map((v) => el('option', { value: v.version },
    `v${v.version} · ${t(v.status.toLowerCase())}${v.feasible ? '' : ` · ${t('infeasible')}`}`)));
  if (wanted && versions.some((v) => v.version === wanted)) $(`${side}-version`).value = String(wanted);
  if (side === 'right') suggestWhatIfStart();
}

async function compare() {
  const leftPlan = $('left-plan').value;
  const leftVersion = $('left-version').value;
  const rightPlan = $('right-plan').value;
  const rightVersion = $('right-version').value;
  if (!leftVersion || !rightVersion) return;
  if (leftPlan === rightPlan && leftVersion === rightVersion) {
    showNote(note === 'onlyOneVersion' ? note : 'sameVersion');
    return;
  }
  showNote(null);
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
  drawForecasts(comparison);
  drawCodes(comparison);
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
      const explanation = t(`explain_${row.kpi}`);
      const part = PART_OF_CLEARED.has(row.kpi);
      const tr = el('tr', { 'data-kpi': row.kpi, 'data-vehicle-type': row.vehicleTypeId, class: part ? 'part' : null },
        el('th', { scope: 'row', title: explanation }, part ? ofWhich(t(row.kpi))
          : (row.vehicleTypeId ? `${t(row.kpi)} · ${row.vehicleTypeId}` : t(row.kpi)),
        infoButton(explanation, (open) => {
          if (open) {
            tr.after(el('tr', { class: 'explain-row', 'data-explains': row.kpi },
              el('td', { colspan: '4', class: 'explain' }, explanation)));
          } else if (tr.nextElementSibling?.classList.contains('explain-row')) {
            tr.nextElementSibling.remove();
          }
        })),
        el('td', { title: explanation }, number(row.left, digits)),
        el('td', { title: explanation }, number(row.right, digits)),
        el('td', { class: judged, title: judged ? `${t(judged)} · ${explanation}` : explanation },
          `${row.difference > 0 ? '+' : ''}${number(row.difference, digits)}`));
      return tr;
    })));
  const moved = el('span', { class: 'explain', hidden: true }, t('explain_movedTasks'));
  $('moved').replaceChildren(`${t('movedTasks')}: ${comparison.movedTasks.length} `,
    infoButton(t('explain_movedTasks'), (open) => { moved.hidden = !open; }), moved);
  $('moved').title = t('explain_movedTasks');
}

/**
 * An (i) that shows a figure's one-line explanation under it on a tap, and hides it on the next: a phone has no
 * hover for the title that tells it on a desk. Its "i" is drawn by the stylesheet, so that the figure's name reads
 * the same without it; its label says what it is.
 */
function infoButton(explanation, show) {
  const button = el('button', {
    type: 'button', class: 'info', 'aria-expanded': 'false', 'aria-label': `${t('explainToggle')}: ${explanation}`,
    title: explanation,
    onclick: () => {
      const open = button.getAttribute('aria-expanded') !== 'true';
      button.setAttribute('aria-expanded', String(open));
      show(open);
    },
  });
  return button;
}

/** "of which cleared within SLA", "其中按时清理". */
function ofWhich(label) {
  return language() === 'en' ? `${t('ofWhich')} ${label.charAt(0).toLowerCase()}${label.slice(1)}`
    : `${t('ofWhich')}${label}`;
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
  const explained = (key, chart) => {
    const explanation = t(`explain_${key}`);
    chart.title = explanation;
    chart.dataset.chart = key;
    const words = el('p', { class: 'explain', hidden: true }, explanation);
    const caption = chart.querySelector('figcaption');
    caption.append(' ', infoButton(explanation, (open) => { words.hidden = !open; }));
    caption.after(words);
    return chart;
  };
  $('charts').replaceChildren(
    explained('chartKm', pairedBars(t('chartKm'), [
      { ...kpi('kmDriven'), label: t('kmDrivenShort') }, { ...kpi('kmDeadheaded'), label: t('kmDeadheadedShort') },
      { ...kpi('kmWashed'), label: t('kmWashedShort') }], 'km')),
    explained('chartWater', pairedBars(t('chartWater'), one('waterUsedShort', { left: left.kpis.waterUsedM3, right: right.kpis.waterUsedM3 }), 'm³')),
    explained('chartRefills', pairedBars(t('chartRefills'), one('refills', { left: left.kpis.refills, right: right.kpis.refills }), t('unitRefills'))),
    explained('chartSla', pairedBars(t('chartSla'), one('slaShort', { left: sla(left.kpis), right: sla(right.kpis) }), '%')),
    explained('chartOverdue', pairedBars(t('chartOverdue'), one('blindSpotsOverdue', { left: left.kpis.blindSpotsOverdue, right: right.kpis.blindSpotsOverdue }), t('unitSpots'))),
    explained('chartOvertime', pairedBars(t('chartOvertime'), one('overtimeShort', { left: left.kpis.overtimeMinutes, right: right.kpis.overtimeMinutes }), t('unitMin'))),
    explained('chartUnassigned', pairedBars(t('chartUnassigned'), one('unassignedTasks', { left: left.kpis.unassignedTasks, right: right.kpis.unassignedTasks }), t('unitTasks'))),
    explained('workPerCrew', pairedBars(t('workPerCrew'), [...work.values()], t('unitMin'))));
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

/** The picker's days (Monday first) and hours and minutes; what it shows is set from the stored cron. */
function buildPicker() {
  // Every day until the stored schedule is read; the days ticked so far when the language changes.
  const first = !$('days').children.length;
  const checked = new Set(first ? DAYS : pickedDays());
  $('days').replaceChildren(...DAYS.map((day) => {
    const box = el('input', { type: 'checkbox', value: day, id: `day-${day}`, checked: checked.has(day) });
    box.addEventListener('change', pickerChanged);
    return el('label', { class: 'day', for: `day-${day}` }, box, t(`day_${day}`));
  }));
  const hour = $('schedule-hour').value || '18';
  const minute = $('schedule-minute').value || '0';
  $('schedule-hour').replaceChildren(...Array.from({ length: 24 }, (_, h) => el('option', { value: h }, pad(h))));
  fillMinutes(Number(minute));
  $('schedule-hour').value = hour;
  if (!$('schedule-hour').dataset.wired) {
    $('schedule-hour').dataset.wired = 'yes';
    $('schedule-hour').addEventListener('change', pickerChanged);
    $('schedule-minute').addEventListener('change', pickerChanged);
    $('cron').addEventListener('input', cronTyped);
  }
}

const pad = (n) => String(n).padStart(2, '0');

/** Every five minutes, and the minute of the stored schedule when it is another one. */
function fillMinutes(minute) {
  const minutes = Array.from({ length: 12 }, (_, i) => i * 5);
  if (!minutes.includes(minute)) minutes.push(minute);
  minutes.sort((a, b) => a - b);
  $('schedule-minute').replaceChildren(...minutes.map((m) => el('option', { value: m }, pad(m))));
  $('schedule-minute').value = String(minute);
}

function pickedDays() {
  return [...document.querySelectorAll('#days input:checked')].map((box) => box.value);
}

function showPicked(schedule) {
  $('schedule-hour').value = String(schedule.hour);
  fillMinutes(schedule.minute);
  document.querySelectorAll('#days input').forEach((box) => { box.checked = schedule.days.includes(box.value); });
}

/** The picker writes the cron that will be saved; an advanced cron is replaced by what was picked. */
function pickerChanged() {
  showCronError(null);
  const days = pickedDays();
  if (!days.length) {
    showCronError(t('scheduleNoDay'));
    return;
  }
  $('cron').value = buildCron({ hour: Number($('schedule-hour').value), minute: Number($('schedule-minute').value), days });
  showPreview();
}

/** A cron typed by hand moves the picker along when the picker can show it. */
function cronTyped() {
  showCronError(null);
  const schedule = readCron($('cron').value);
  if (schedule) showPicked(schedule);
  else document.querySelectorAll('#days input').forEach((box) => { box.checked = false; });
  showPreview();
}

function showPreview() {
  const schedule = readCron($('cron').value);
  $('cron-advanced-note').textContent = schedule ? '' : t('scheduleAdvancedNote');
  $('cron-preview').textContent = `${t('scheduleWillRun')}${describe($('cron').value)}`;
}

/** The schedule in words, or marked advanced with its cron when the words would not say it. */
function describe(cron) {
  const schedule = readCron(cron);
  return schedule ? scheduleWords(schedule) : `${t('scheduleAdvancedShort')} (cron ${cron})`;
}

/** Next to the picker: why the schedule was not saved (the app's reason names the cron), or nothing. */
function showCronError(message) {
  $('cron-error').hidden = !message;
  $('cron-error').textContent = message || '';
  if (message) $('cron').setAttribute('aria-invalid', 'true');
  else $('cron').removeAttribute('aria-invalid');
}

async function saveCron() {
  const districtId = $('district').value;
  if (!pickedDays().length && readCron($('cron').value)) {
    showCronError(t('scheduleNoDay'));
    return;
  }
  try {
    await api(`/api/districts/${districtId}/nightly`, { method: 'PUT', body: { cron: $('cron').value.trim() } });
    showCronError(null);
    notify(t('saved'));
    await loadNightly();
  } catch (error) {
    if (!(error instanceof ApiError) || error.status !== 400) {
      reportError(error);
      return;
    }
    const reasons = (error.problem?.errors || []).filter((e) => e.field === 'cron').map((e) => e.reason);
    showCronError(`${t('cronRefused')}: cron ${reasons.length ? reasons.join('; ') : error.message}`);
    $('cron-advanced').open = true;
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
  // The next run on the district's own clock, as the schedule is: "2026-12-06 18:00", without offset and zone.
  $('nightly-schedule').replaceChildren(`${t('nightlySchedule')}: `,
    el('strong', { id: 'schedule-words', 'data-cron': schedule.cron }, describe(schedule.cron)), ` · ${t('nextFire')}: `
    + `${schedule.nextFire ? schedule.nextFire.slice(0, 16).replace('T', ' ') : '–'} `, runNow);
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
    // A language switch reloads the same schedule: what the manager has opened or typed meanwhile stays as it is.
    const stored = `${districtId} ${schedule.cron}`;
    if (document.activeElement !== $('cron') && $('cron').dataset.stored !== stored) {
      $('cron').dataset.stored = stored;
      $('cron').value = schedule.cron;
      const picked = readCron(schedule.cron);
      // An advanced schedule leaves no day ticked: ticking one starts a schedule the picker makes, replacing it.
      showPicked(picked || { hour: Number($('schedule-hour').value), minute: Number($('schedule-minute').value), days: [] });
      $('cron-advanced').open = !picked;
    }
    showPreview();
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

// --- What-if weather (s9-whatif) ---------------------------------------------------------------------------------

const CAUSES = ['TOO_COLD', 'RAIN', 'SNOW'];

/** Which forecast each side was planned with, in one line: source, issue time, coldest hour, snow, rain, alerts. */
function drawForecasts(comparison) {
  const line = (s) => {
    const name = `#${s.planId} v${s.version}${s.whatIf ? ` · ${t('whatIfTag')}` : ''}`;
    const f = s.forecast;
    if (!f) return el('li', { 'data-side-plan': s.planId }, `${name}: ${t('forecastNone')}`);
    const alerts = f.alerts.length ? f.alerts.map((a) => {
      const [kind, level] = a.toUpperCase().split(':');
      return `${t(`weatherAlert_${kind}`)} ${t(`weatherLevel_${level}`)}`;
    }).join(', ') : t('forecastNoAlerts');
    const issued = f.issuedAt ? ` · ${t('forecastIssued')} ${f.issuedAt.slice(0, 16).replace('T', ' ')}` : '';
    return el('li', { 'data-side-plan': s.planId }, `${name}: ${f.source || '—'}${issued} · `
      + `${t('forecastMin')} ${number(f.minTemperatureC, 1).replace(/^-/, '\u2212')} °C · ${t('forecastSnow')} `
      + `${number(f.snowTotalCm, 1)} cm · ${t('forecastRain')} ${number(f.rainTotalMm, 1)} mm · ${alerts}`);
  };
  $('forecasts').replaceChildren(el('li', { class: 'hint' }, t('forecastsUsed')), line(comparison.left),
    line(comparison.right));
}

/** Undone work by its reason and the passes the weather changed, by code, both sides. */
function drawCodes(comparison) {
  const codes = comparison.codes || [];
  const side = (s) => `#${s.planId} v${s.version}`;
  $('code-table').replaceChildren(
    el('thead', {}, el('tr', {}, el('th', { scope: 'col' }, t('whatIfCodes')),
      el('th', { scope: 'col' }, side(comparison.left)), el('th', { scope: 'col' }, side(comparison.right)),
      el('th', { scope: 'col' }, t('difference')))),
    el('tbody', {}, ...(codes.length ? codes.map((row) => el('tr', { 'data-code': row.code, 'data-kind': row.kind },
      el('th', { scope: 'row' }, codeLabel(row.kind, row.code)), el('td', {}, String(row.left)),
      el('td', {}, String(row.right)),
      el('td', {}, `${row.right - row.left > 0 ? '+' : ''}${row.right - row.left}`)))
      : [el('tr', {}, el('td', { colspan: '4', class: 'hint' }, t('whatIfNoCodes')))])));
}

/** "Swept instead of washed (snow)", "Undone: no route has room"; a code without words reads as itself. */
function codeLabel(kind, code) {
  const cause = CAUSES.find((c) => code.endsWith(`_${c}`));
  const outcome = cause ? code.slice(0, -(cause.length + 1)) : code;
  const key = kind === 'weather' ? `weatherOutcome_${outcome}` : `whatIfUndone_${outcome}`;
  const words = t(key) === key ? code : t(key);
  const prefix = kind === 'undone' ? `${t('whatIfUndone')}: ` : '';
  return `${prefix}${words}${cause ? ` (${t(`whatIfCause_${cause}`)})` : ''}`;
}

function whatIfKindChanged() {
  const kind = $('whatif-kind').value;
  document.querySelectorAll('.whatif-span').forEach((label) => { label.hidden = kind === 'cold'; });
  $('whatif-amount-word').textContent = t(`whatIfAmount_${kind}`);
  $('whatif-amount').setAttribute('aria-label', t(`whatIfAmount_${kind}`));
}

/** The first hour of the right version's forecast, where a night's snow would be asked about, unless one is given. */
function suggestWhatIfStart() {
  const version = versionsShown.right.find((v) => String(v.version) === $('right-version').value);
  if (!$('whatif-start').value && version?.forecast) $('whatif-start').value = version.forecast.firstHour.slice(0, 16);
}

/**
 * Plans the day of the version on the right under the forecast asked for, waits for its solve and compares the two:
 * the base version on the left, the what-if on the right.
 */
async function runWhatIf() {
  const basePlan = Number($('right-plan').value);
  const baseVersion = Number($('right-version').value);
  if (!basePlan || !baseVersion) {
    showWhatIfStatus(t('noVersionYet'));
    return;
  }
  const kind = $('whatif-kind').value;
  const amount = Number($('whatif-amount').value);
  const body = { baseVersion, kind };
  if (kind !== 'cold') {
    body.start = $('whatif-start').value;
    body.hours = Number($('whatif-hours').value);
  }
  body[{ snow: 'depthCm', rain: 'mmPerHour', cold: 'degreesC' }[kind]] = amount;
  $('whatif-run').disabled = true;
  try {
    const made = await api(`/api/plans/${basePlan}/what-ifs`, { method: 'POST', body });
    showWhatIfStatus(t('whatIfSolving').replace('{plan}', made.plan.id));
    let view = await api(`/api/plans/${made.plan.id}`);
    while (view.solving || !view.versions.length) {
      if (!view.solving && view.runs.some((run) => run.outcome === 'FAILED')) {
        throw new Error(view.runs[view.runs.length - 1].failureReason || t('whatIfFailed'));
      }
      await new Promise((resolve) => { setTimeout(resolve, 1000); });
      view = await api(`/api/plans/${made.plan.id}`);
    }
    await fillPlans($('district').value);
    $('left-plan').value = String(basePlan);
    $('right-plan').value = String(made.plan.id);
    await fillVersions('left', baseVersion);
    await fillVersions('right', view.versions[view.versions.length - 1].version);
    showWhatIfStatus(t('whatIfDone').replace('{plan}', made.plan.id));
    await compare();
  } finally {
    $('whatif-run').disabled = false;
  }
}

function showWhatIfStatus(text) {
  $('whatif-status').textContent = text;
}

function whatIfFailed(error) {
  // A refused what-if names the field and why: that is what the manager reads next to the form.
  showWhatIfStatus(error instanceof ApiError ? error.message : String(error.message || error));
  reportError(error);
}
