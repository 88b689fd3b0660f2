// The dispatcher's board: the district's map and the plan's timeline in step, live solving, the unassigned and
// late work, new blind-spot reports, pins, breakdowns, re-planning and publishing.
import {
  api, districtSelect, el, header, localMillis, notify, nowLocal, number, param, reportError, scoreParts, setParams, text,
  today,
} from './common.js';
import { onLanguageChange, t } from './i18n.js';
import {
  labelText, reasonText, ruleEffectText, ruleName, scoreVerdict, setAsideText, snowWork, taskKindText, verdict,
} from './reasons.js';
import { createMap, drawBasemap, drawUnassigned, legend, PlanLayer } from './map.js';
import { duration, fill, lateness, localTime, span } from './format.js';
import { Timeline } from './timeline.js';

const L = window.L;
const $ = (id) => document.getElementById(id);

const KPI_KEYS = ['vehiclesUsed', 'tasksAssigned', 'kmDriven', 'kmDeadheaded', 'kmWashed', 'waterUsedM3', 'refills', 'dumps',
  'blindSpotsCleared', 'blindSpotsOverdue', 'toiletRoundsDone', 'streetPassesDone', 'overtimeMinutes',
  'unassignedTasks'];

const state = {
  districtId: null,
  planId: null,
  plan: null,
  version: null,
  report: null,
  geojson: null,
  timeline: null,
  unassigned: null,
  selected: { vehicleId: null, taskId: null },
  pins: {},
  events: null,
  timeLimitSeconds: 30,
  solveStartedAt: null,
  placing: false,
  livePolling: null,
  newReport: null,
  ledger: null,
  solving: false,
  stopping: false,
};

const map = createMap($('map'));
const planLayer = new PlanLayer(map, select);
const unassignedGroup = L.layerGroup().addTo(map);
const reportGroup = L.layerGroup().addTo(map);
const proposalGroup = L.layerGroup().addTo(map);
const timeline = new Timeline($('timeline'), select);
legend(map, [['main', 'legendMain'], ['secondary', 'legendSecondary'], ['branch', 'legendBranch'],
  ['washed', 'legendWashed'], ['deadhead', 'legendDeadhead'], ['stopnum', 'legendStops'], ['refill', 'legendRefill'],
  ['salt', 'legendSaltReload'], ['dump', 'legendDump'], ['depot', 'legendDepot'], ['unassigned', 'legendUnassigned']]);

header('dispatcher');
init().catch(reportError);

async function init() {
  $('actor').value = localStorage.getItem('actor') || 'dispatcher';
  $('actor').addEventListener('change', () => localStorage.setItem('actor', $('actor').value));
  fillEnumSelect($('report-category'), ['HOUSEHOLD_GARBAGE', 'CONSTRUCTION_DEBRIS', 'BULKY_WASTE', 'MARKET_OR_ALLEY_CORNER']);
  fillEnumSelect($('report-priority'), ['URGENT', 'HIGH', 'NORMAL', 'LOW'], 'HIGH');
  fillEnumSelect($('report-source'), ['RESIDENT_HOTLINE', 'GRID_WORKER', 'PATROL', 'SUBDISTRICT'], 'RESIDENT_HOTLINE');
  wireActions();
  state.timeLimitSeconds = (await api('/api/ui/settings')).solverTimeLimitSeconds;
  const list = await districtSelect($('district'));
  if (!list.length) {
    notify(t('noPlan'));
    return;
  }
  $('district').addEventListener('change', () => loadDistrict($('district').value).catch(reportError));
  await loadDistrict($('district').value);
}

function fillEnumSelect(select, values, chosen) {
  select.replaceChildren(...values.map((value) => el('option', { value, 'data-i18n': value }, t(value))));
  if (chosen) select.value = chosen;
}

function actor() {
  return $('actor').value.trim() || 'dispatcher';
}

async function loadDistrict(districtId) {
  state.districtId = districtId;
  $('new-plan-date').value = today();
  $('breakdown-time').value = nowLocal().slice(11, 16);
  setParams({ district: districtId });
  const basemap = await api(`/api/districts/${districtId}/basemap`);
  drawBasemap(map, basemap);
  const vehicles = await api(`/api/districts/${districtId}/vehicles`);
  $('breakdown-vehicle').replaceChildren(...vehicles.map((v) => el('option', { value: v.id }, `${v.name || v.id}`)));
  await loadPlans(Number(param('plan')) || null);
  await loadLedger();
}

async function loadPlans(wanted) {
  // A manager's what-if plans (another forecast, never published) are the manager page's, not the crews' day.
  const plans = (await api(`/api/districts/${state.districtId}/plans`)).filter((p) => !p.whatIfOf);
  $('plan').replaceChildren(...plans.map((p) => el('option', { value: p.id }, `${p.planDate} · #${p.id}`)));
  // Without a plan the one thing to do is make one: the menu that makes it stands open.
  $('new-plan-menu').open = !plans.length;
  if (!plans.length) {
    clearPlan();
    notify(t('noPlan'));
    return;
  }
  const planId = plans.some((p) => p.id === wanted) ? wanted : plans[0].id;
  $('plan').value = String(planId);
  await loadPlan(planId, Number(param('version')) || null);
}

function clearPlan() {
  state.planId = null;
  state.report = null;
  $('version').replaceChildren();
  drawVersion();
}

async function loadPlan(planId, wantedVersion) {
  if (planId !== state.planId) state.stopping = false;
  state.planId = planId;
  state.pins = {};
  const view = await api(`/api/plans/${planId}`);
  state.plan = view;
  setParams({ plan: planId });
  $('version').replaceChildren(...view.versions.slice().reverse().map((v) => el('option', {
    value: v.version, title: `${verdict(v.feasible, v.rulesBroken)} · ${v.score}`,
  }, versionLabel(v))));
  const versions = view.versions.map((v) => v.version);
  const version = versions.includes(wantedVersion) ? wantedVersion : versions[versions.length - 1];
  if (version) {
    $('version').value = String(version);
    await loadVersion(version);
  } else {
    state.version = null;
    state.report = null;
    drawVersion();
  }
  showSolving(view.solving, view.liveScore, view.runs[view.runs.length - 1]);
  if (view.solving) follow();
}

async function loadVersion(version) {
  state.version = version;
  setParams({ version });
  const base = `/api/plans/${state.planId}/versions/${version}`;
  const [report, geojson, timelineData, unassigned] = await Promise.all([
    api(base), api(`${base}/geojson`), api(`${base}/timeline`), api(`${base}/unassigned.geojson`)]);
  Object.assign(state, { report, geojson, timeline: timelineData, unassigned });
  drawVersion();
}

/**
 * A version in the few words the toolbar has room for: "v3 · proposed · 2 broken", "v2 · published · infeasible, 5
 * broken"; the whole verdict and the score are its tooltip.
 */
function versionLabel(v) {
  const broken = v.rulesBroken === null || v.rulesBroken === undefined ? null
    : (v.rulesBroken === 0 ? t('versionNoneBroken') : fill(t('versionBroken'), { n: v.rulesBroken }));
  const judged = v.feasible ? broken : [t('infeasible'), broken].filter(Boolean).join(t('versionListSeparator'));
  return [`v${v.version}`, t(v.status.toLowerCase()), judged || t('feasible')].join(' · ');
}

function versionInfo() {
  return state.plan?.versions.find((v) => v.version === state.version);
}

function drawVersion() {
  const info = versionInfo();
  const status = $('version-status');
  // The version's status is in its option already: the badge tells, in colour, whether crews could work from it.
  status.textContent = info ? (info.feasible ? t('feasible') : t('infeasible')) : t('noVersion');
  status.className = `badge ${info ? `${info.status.toLowerCase()} ${info.feasible ? 'feasible' : 'infeasible'}` : ''}`;
  $('publish').disabled = !info || info.status === 'PUBLISHED';
  drawPublishWarning();
  $('replan').disabled = !info;
  $('pin').disabled = !info;
  if (!state.report) {
    planLayer.group.clearLayers();
    unassignedGroup.clearLayers();
    timeline.draw(null);
    $('kpis').replaceChildren();
    $('unassigned').replaceChildren();
    drawSetAside();
    $('routes').replaceChildren();
    $('route-detail').replaceChildren();
    $('rules').replaceChildren();
    showScore(null);
    return;
  }
  const day = state.plan.plan.planDate;
  planLayer.draw(state.geojson, state.report, day);
  drawUnassigned(map, state.unassigned, unassignedGroup);
  timeline.draw(state.timeline, planLayer.colours, day);
  showScore(verdict(state.report.feasible, state.report.rules ? brokenCount(state.report.rules) : null), state.report.score);
  drawRules();
  drawKpis(state.report.kpis);
  drawUnassignedList();
  drawSetAside();
  drawRoutes();
  drawPins();
  select(state.selected.vehicleId, state.selected.taskId);
}

/** Why publishing the shown version needs a second thought: it breaks hard rules, or solving may still better it. */
function publishWarnings() {
  const info = versionInfo();
  if (!info || info.status === 'PUBLISHED') return [];
  const warnings = [];
  const hard = scoreParts(info.score).hard;
  if (!info.feasible || hard < 0) warnings.push(`${t('warnInfeasible')} (${verdict(info.feasible, info.rulesBroken)})`);
  if (state.solving) warnings.push(t('warnSolving'));
  return warnings;
}

function drawPublishWarning() {
  const warnings = publishWarnings();
  $('publish-warning').textContent = warnings.join('\n');
  $('publish-warning').hidden = !warnings.length;
}

async function publish() {
  const warnings = publishWarnings();
  if (warnings.length && !window.confirm(`${t('confirmPublish').replace('{v}', state.version)}\n\n${warnings.map((w) => `• ${w}`).join('\n')}`)) {
    return;
  }
  try {
    await api(`/api/plans/${state.planId}/versions/${state.version}/publish`, { method: 'POST', body: { actor: actor() } });
    notify(`v${state.version} ${t('published')}`);
    await loadPlan(state.planId, state.version);
  } catch (error) {
    reportError(error);
  }
}

function drawKpis(kpis) {
  const tasksAssigned = state.report.routes.reduce((sum, route) => sum + route.stops.filter((s) => s.kind === 'TASK').length, 0);
  const figures = { ...kpis, tasksAssigned };
  $('kpis').classList.remove('stale');
  // Salt reloads only on a snow day: a plan without spreaders' work shows the figures it always did.
  const keys = figures.saltReloads > 0
    ? KPI_KEYS.flatMap((key) => (key === 'refills' ? [key, 'saltReloads'] : [key])) : KPI_KEYS;
  $('kpis').replaceChildren(...keys.flatMap((key) => [
    el('dt', {}, t(key)), el('dd', { 'data-kpi': key }, number(figures[key]))]));
  const setAside = state.report.setAside || [];
  if (setAside.length) {
    $('kpis').append(el('dt', {}, t('setAsideCount')), el('dd', { 'data-kpi': 'setAside', class: 'set-aside-count' }, number(setAside.length)));
  }
}

/** The items of the day's data that could not be planned, each with what is wrong and what to do about it. */
function drawSetAside() {
  const setAside = state.report?.setAside || [];
  $('set-aside-panel').hidden = !setAside.length;
  $('set-aside-title').textContent = `${t('setAsideTitle')}: ${setAside.length}`;
  $('set-aside').replaceChildren(...setAside.map((item) => el('li', { class: 'set-aside-item' },
    el('strong', {}, `${t(`setAsideKind_${item.kind}`)} ${item.id === '' ? t('setAsideNoId') : item.id}`),
    el('div', { class: 'reason' }, setAsideText(item)))));
}

/** While solving: the figures the job's latest checkpoint tells; the others are the shown version's, greyed. */
async function pollLive(planId) {
  if (state.planId !== planId || !state.solving) {
    state.livePolling = null;
    return;
  }
  try {
    const live = await api(`/api/plans/${planId}/live`);
    if (live) showQueued(live.queued, live.queuedAhead, live.takenAt);
    if (live && live.checkpointed) {
      $('kpis').classList.add('stale');
      for (const key of ['vehiclesUsed', 'tasksAssigned']) {
        let cell = document.querySelector(`#kpis dd[data-kpi=${key}]`);
        if (!cell) {
          $('kpis').append(el('dt', {}, t(key)), (cell = el('dd', { 'data-kpi': key })));
        }
        cell.textContent = number(live[key]);
        cell.classList.add('live');
      }
    }
  } catch (error) {
    console.warn(error);
  }
  setTimeout(() => pollLive(planId), 2000);
}

function drawUnassignedList() {
  const { unassigned, late } = state.report;
  const items = [];
  for (const task of unassigned) {
    items.push(el('li', { class: 'unassigned-item' },
      el('button', {
        type: 'button', class: 'link', onclick: () => showUnassigned(task.taskId),
      }, `${taskKindText(task.taskKind, task.taskId)} · ${labelText(task.label)}`),
      el('div', { class: 'reason' }, reasonText(task))));
  }
  const day = state.plan.plan.planDate;
  for (const task of late) {
    // The task by what the crew would call it, and the vehicle by its name: ids are for the system.
    const route = state.report.routes.find((r) => r.vehicleId === task.vehicleId);
    const stop = route?.stops.find((s) => s.taskId === task.taskId);
    items.push(el('li', { class: 'late-item', 'data-task': task.taskId },
      el('button', { type: 'button', class: 'link', onclick: () => select(task.vehicleId, task.taskId) },
        lateness(task, day)),
      el('div', { class: 'reason' }, `${stop ? labelText(stop.label) : task.taskId} · ${
        fill(t('fmt_finishes'), { vehicle: route?.vehicleName || task.vehicleId, time: localTime(task.end, day) })}`)));
  }
  if (!items.length) items.push(el('li', { class: 'empty' }, t('noneUnassigned')));
  $('unassigned').replaceChildren(...items);
}

function showUnassigned(taskId) {
  const feature = state.unassigned.features.find((f) => f.properties.taskId === taskId);
  if (!feature) return;
  const layer = L.geoJSON(feature);
  map.fitBounds(layer.getBounds(), { maxZoom: 17, padding: [80, 80] });
}

function drawRoutes() {
  const day = state.plan.plan.planDate;
  $('routes').replaceChildren(...state.report.routes.map((route) => {
    const tasks = route.stops.filter((s) => s.kind === 'TASK').length;
    const colour = planLayer.colours.get(route.vehicleId) || '#bbb';
    return el('li', { 'data-vehicle': route.vehicleId },
      el('button', {
        type: 'button', class: 'route-button', onclick: () => select(route.vehicleId, null),
        'aria-pressed': String(state.selected.vehicleId === route.vehicleId),
      },
      el('span', { class: 'chip', style: `background:${colour}` }),
      el('span', { class: 'route-name' }, route.vehicleName || route.vehicleId),
      el('span', { class: 'route-figures' },
        `${tasks} ${t('taskCount')} · ${number(route.kmDriven)} km · ${span(route.departure, route.returnTime, day)}`,
        route.overtimeMinutes > 0 ? el('span', { class: 'overtime-text' }, ` · ${t('OVERTIME')} ${route.overtimeMinutes}′`) : null)));
  }));
}

function drawRouteDetail() {
  const detail = $('route-detail');
  const route = state.report?.routes.find((r) => r.vehicleId === state.selected.vehicleId);
  if (!route) {
    detail.replaceChildren(el('p', { class: 'hint' }, t('selectRoute')));
    return;
  }
  const day = state.plan.plan.planDate;
  let number = 0;
  detail.replaceChildren(
    el('h3', {}, `${route.vehicleName || route.vehicleId}${t('stopsOf')}`),
    el('ol', { class: 'stops' }, ...route.stops.map((stop) => {
      if (stop.kind === 'TASK') number += 1;
      const selected = stop.taskId && stop.taskId === state.selected.taskId;
      return el('li', { class: `stop-row ${stop.kind.toLowerCase()}${selected ? ' selected' : ''}`, 'data-task': stop.taskId || '' },
        el('button', {
          type: 'button', class: 'link', onclick: () => select(route.vehicleId, stop.taskId || null),
        },
        el('span', { class: 'seq' }, stop.kind === 'TASK' ? String(number) : t(stop.kind)),
        el('span', { class: 'when' }, span(stop.start, stop.end, day)),
        el('span', { class: 'what' }, snowWork(stop.taskId)
          ? `${taskKindText(stop.taskKind, stop.taskId)} · ${stop.label}` : labelText(stop.label))),
        number <= (state.pins[route.vehicleId] || route.pinnedStops) && stop.kind === 'TASK' ? el('span', { class: 'pin', title: t('pins'), 'aria-label': t('pins') }, '■') : null);
    })));
  // Scrolls the list alone: the side panel stays where the dispatcher left it.
  const row = detail.querySelector('.stop-row.selected');
  const list = detail.querySelector('ol.stops');
  if (row) list.scrollTop = row.offsetTop - list.offsetTop - list.clientHeight / 2;
}

function select(vehicleId, taskId) {
  state.selected = { vehicleId, taskId };
  planLayer.select(vehicleId, taskId);
  timeline.select(vehicleId, taskId);
  document.querySelectorAll('#routes li').forEach((li) => {
    const on = li.dataset.vehicle === vehicleId;
    li.classList.toggle('selected', on);
    li.querySelector('button')?.setAttribute('aria-pressed', String(on));
  });
  if (vehicleId) $('breakdown-vehicle').value = vehicleId;
  showBreakdownAt();
  drawRouteDetail();
}

// --- The score as a table of rules ---------------------------------------------------------------------------

/** The plan's verdict in words; the raw score stays a hover away for whoever wants it. */
function showScore(words, score) {
  $('score').textContent = words || '–';
  $('score').title = score || '';
}

function brokenCount(rules) {
  return rules.filter((rule) => rule.broken).length;
}

/** Where each task of the shown version is: its route and label, or undone. */
function tasksOfReport() {
  const tasks = new Map();
  for (const route of state.report.routes) {
    for (const stop of route.stops) {
      if (stop.taskId) tasks.set(stop.taskId, { vehicleId: route.vehicleId, label: stop.label, kind: stop.taskKind });
    }
  }
  for (const task of state.report.unassigned) {
    tasks.set(task.taskId, { vehicleId: null, label: task.label, kind: task.taskKind });
  }
  return tasks;
}

const TASKS_LISTED = 30;

/**
 * Each rule the plan breaks, then the costs it pays, in words; a click on a line lists its tasks and shows the first
 * on the map, in the timeline and in its route.
 */
function drawRules() {
  const rules = state.report.rules || [];
  const tasks = tasksOfReport();
  const rows = [];
  if (!rules.some((rule) => rule.broken)) {
    rows.push(el('tr', { class: 'empty' }, el('td', { colspan: '2' }, t(state.report.rules ? 'rulesNone' : 'rulesNotReported'))));
  }
  for (const rule of [...rules.filter((r) => r.broken), ...rules.filter((r) => !r.broken)]) {
    const first = rule.taskIds[0];
    const row = el('tr', {
      class: `rule-row ${rule.level}${rule.broken ? '' : ' cost'}`,
      'data-rule': rule.rule,
      'data-first-task': first || null,
      'data-first-assigned': first && tasks.get(first)?.vehicleId ? 'true' : null,
    },
    el('td', {}, el('span', { class: `level ${rule.level}`, title: t(`level_${rule.level}`) }, t(`level_${rule.level}`))),
    el('td', {},
      el('button', {
        type: 'button', class: 'link rule-effect', 'aria-expanded': 'false',
        title: ruleImpact(rule),
        onclick: (event) => showRule(rule, row, event.currentTarget, tasks),
      }, ruleEffectText(rule, (id) => tasks.get(id)?.kind)),
      el('div', { class: 'reason' }, ruleName(rule.rule))));
    rows.push(row);
  }
  $('rules').replaceChildren(...rows);
}

/** The rule's name and its weight in the score: "Blind spot deadline · −4,700 (medium)", the level in words. */
function ruleImpact(rule) {
  return `${ruleName(rule.rule)} · ${number(rule.scoreImpact, 0)} (${t(`level_${rule.level}`)})`;
}

function showRule(rule, row, button, tasks) {
  const open = row.nextElementSibling?.classList.contains('rule-tasks');
  $('rules').querySelectorAll('tr.rule-tasks').forEach((tr) => tr.remove());
  $('rules').querySelectorAll('button.rule-effect').forEach((b) => b.setAttribute('aria-expanded', 'false'));
  if (open) return;
  button.setAttribute('aria-expanded', 'true');
  const showTask = (taskId) => {
    const task = tasks.get(taskId);
    if (task?.vehicleId) select(task.vehicleId, taskId);
    else showUnassigned(taskId);
  };
  const items = rule.taskIds.length
    ? rule.taskIds.slice(0, TASKS_LISTED).map((taskId) => el('li', {},
      el('button', { type: 'button', class: 'link', 'data-task': taskId, onclick: () => showTask(taskId) },
        `${taskId} · ${labelText(tasks.get(taskId)?.label || '')}`)))
    : rule.vehicleIds.slice(0, TASKS_LISTED).map((vehicleId) => el('li', {},
      el('button', { type: 'button', class: 'link', 'data-vehicle': vehicleId, onclick: () => select(vehicleId, null) },
        vehicleId)));
  const more = Math.max(rule.taskIds.length || rule.vehicleIds.length, 0) - TASKS_LISTED;
  if (more > 0) items.push(el('li', { class: 'hint' }, t('ruleMore').replace('{n}', number(more, 0))));
  // What the line's tooltip tells on a desk, written out for a phone, which has no hover.
  row.after(el('tr', { class: 'rule-tasks' }, el('td', { colspan: '2' },
    el('div', { class: 'hint rule-impact' }, ruleImpact(rule)),
    el('div', { class: 'hint' }, t(rule.taskIds.length ? 'ruleTasks' : 'ruleRoutes')),
    el('ul', { class: 'items' }, ...items))));
  if (rule.taskIds.length) showTask(rule.taskIds[0]);
  else if (rule.vehicleIds.length) select(rule.vehicleIds[0], null);
}

// --- Solving -------------------------------------------------------------------------------------------------

function showSolving(solving, score, run) {
  const wasSolving = state.solving;
  state.solving = solving;
  if (!solving) state.stopping = false;
  $('solve').disabled = solving;
  // Once asked to stop, the job hands over its best plan and finishes: until then the board says so.
  $('stop').disabled = !solving || state.stopping;
  $('replan').disabled = solving || !versionInfo();
  if (!solving) {
    state.queued = null;
    state.solveStartedAt = null;
  }
  drawSolveStatus();
  $('solve-status').classList.toggle('stopping', state.stopping);
  drawPublishWarning();
  if (score) showScore(scoreVerdict(score), score);
  if (solving) {
    // A run no node has taken yet waits in the queue; its time limit counts from when a node takes it.
    if (run) showQueued(!run.instanceName, null, run.takenAt);
    else if (!wasSolving) state.solveStartedAt = Date.now();
    tickProgress();
    if (!state.livePolling) {
      state.livePolling = state.planId;
      pollLive(state.planId);
    }
  } else {
    setProgress(0);
  }
}

/** Whether the solve still waits for a free solver (and how many wait before it), else when a node took it. */
function showQueued(queued, ahead, takenAt) {
  state.queued = queued ? { ahead } : null;
  if (!queued) state.solveStartedAt = takenAt ? Date.parse(takenAt) : (state.solveStartedAt ?? Date.now());
  drawSolveStatus();
}

function drawSolveStatus() {
  const status = $('solve-status');
  if (state.stopping) status.textContent = t('stopping');
  else if (state.solving && state.queued) {
    status.textContent = state.queued.ahead ? fill(t('queuedBehind'), { n: state.queued.ahead }) : t('queued');
  } else status.textContent = state.solving ? t('solving') : t('idle');
  status.classList.toggle('busy', state.solving && !state.stopping && !state.queued);
  status.classList.toggle('queued', Boolean(state.solving && state.queued));
}

function tickProgress() {
  if (!state.solving) return;
  const elapsed = state.queued ? 0 : (Date.now() - state.solveStartedAt) / 1000;
  setProgress(Math.min(99, Math.round((100 * elapsed) / state.timeLimitSeconds)));
  if (state.solving && !state.ticking) {
    state.ticking = true;
    setTimeout(() => {
      state.ticking = false;
      tickProgress();
    }, 500);
  }
}

function setProgress(percent) {
  $('progress-bar').style.width = `${percent}%`;
  document.querySelector('.progress').setAttribute('aria-valuenow', String(percent));
}

function follow() {
  state.events?.close();
  const planId = state.planId;
  const events = new EventSource(`/api/plans/${planId}/events`);
  state.events = events;
  events.addEventListener('best', (event) => {
    const data = JSON.parse(event.data);
    showScore(scoreVerdict(data.score), data.score);
    $('score').classList.add('flash');
    setTimeout(() => $('score').classList.remove('flash'), 400);
  });
  const done = (event, failed) => {
    events.close();
    if (state.events === events) state.events = null;
    if (failed) notify(JSON.parse(event.data).reason, 'error');
    if (state.planId === planId) loadPlan(planId, null).catch(reportError);
  };
  events.addEventListener('finished', (event) => done(event, false));
  events.addEventListener('failed', (event) => done(event, true));
  events.onerror = () => {
    // The stream closes after "finished"; a closed stream while solving is retried by the browser.
    if (events.readyState === EventSource.CLOSED) done(null, false);
  };
}

async function solve(body) {
  const run = await api(`/api/plans/${state.planId}/solve`, { method: 'POST', body });
  if (run.outcome === 'FAILED') {
    notify(run.failureReason, 'error');
    return;
  }
  showSolving(true, null, run);
  follow();
}

function wireActions() {
  $('plan').addEventListener('change', () => loadPlan(Number($('plan').value), null).catch(reportError));
  $('version').addEventListener('change', () => loadVersion(Number($('version').value)).catch(reportError));
  $('new-plan').addEventListener('click', async () => {
    try {
      const plan = await api(`/api/districts/${state.districtId}/plans`, {
        method: 'POST', body: { date: $('new-plan-date').value },
      });
      await loadPlans(plan.id);
    } catch (error) {
      reportError(error);
    }
  });
  $('solve').addEventListener('click', () => solve({ actor: actor() }).catch(reportError));
  $('stop').addEventListener('click', stopSolving);
  $('publish').addEventListener('click', publish);
  $('pin').addEventListener('click', pinUpToSelected);
  $('clear-pins').addEventListener('click', () => {
    state.pins = {};
    drawPins();
    drawRouteDetail();
  });
  $('replan').addEventListener('click', () => solve({ actor: actor(), fromVersion: state.version, pins: state.pins })
    .catch(reportError));
  $('breakdown').addEventListener('click', reportBreakdown);
  $('breakdown-time').addEventListener('input', showBreakdownAt);
  $('breakdown-vehicle').addEventListener('change', showBreakdownAt);
  $('snowfall').addEventListener('click', () => reportSnowfall().catch(reportError));
  suggestSnowfall();
  $('place-report').addEventListener('click', startPlacing);
  $('submit-report').addEventListener('click', () => submitReport().catch(reportError));
  map.on('click', placeReport);
  onLanguageChange(() => {
    drawVersion();
    drawLedger();
    if (state.plan) showSolving(state.solving, null, null);
  });
}

async function stopSolving() {
  state.stopping = true;
  showSolving(true, null, null);
  try {
    await api(`/api/plans/${state.planId}/stop`, { method: 'POST' });
  } catch (error) {
    // Finished meanwhile, or not stopped: the plan's own state tells which.
    state.stopping = false;
    reportError(error);
    await loadPlan(state.planId, state.version).catch(reportError);
  }
}

function pinUpToSelected() {
  const { vehicleId, taskId } = state.selected;
  const route = state.report?.routes.find((r) => r.vehicleId === vehicleId);
  if (!route || !taskId) {
    notify(t('selectRoute'));
    return;
  }
  const taskIds = route.stops.filter((s) => s.kind === 'TASK').map((s) => s.taskId);
  state.pins[vehicleId] = taskIds.indexOf(taskId) + 1;
  drawPins();
  drawRouteDetail();
}

function drawPins() {
  const entries = Object.entries(state.pins);
  $('pins').replaceChildren(...entries.map(([vehicleId, count]) => el('span', { class: 'pin-chip' },
    `${t('pins')} ${vehicleId} × ${count}`)));
  $('clear-pins').hidden = !entries.length;
}

/** The day after (or before) a "2026-11-28" date. */
function shiftDay(date, days) {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * 86400000).toISOString().slice(0, 10);
}

/**
 * The breakdown's date-time from the clock time the dispatcher gives: the one that falls inside the vehicle's shift
 * (a night shift from 22:00 the evening before: 23:30 is that evening, 02:00 the plan's day), else the nearest to it.
 */
function breakdownAt(vehicleId, hhmm) {
  const planDate = state.plan.plan.planDate;
  const row = state.timeline?.rows.find((r) => r.vehicleId === vehicleId);
  if (!row || !row.shiftStart || !row.shiftEnd) return `${planDate}T${hhmm}:00`;
  const start = localMillis(row.shiftStart);
  const end = localMillis(row.shiftEnd);
  const startDay = row.shiftStart.slice(0, 10);
  const candidates = [-1, 0, 1].map((days) => `${shiftDay(startDay, days)}T${hhmm}:00`);
  const distance = (candidate) => {
    const at = localMillis(candidate);
    return at < start ? start - at : (at > end ? at - end : 0);
  };
  return candidates.reduce((best, candidate) => (distance(candidate) < distance(best) ? candidate : best));
}

/** When the breakdown would be, in words against the plan's day ("02:15 today", "23:30 yesterday"). */
function showBreakdownAt() {
  const hhmm = $('breakdown-time').value;
  const at = state.plan && hhmm ? breakdownAt($('breakdown-vehicle').value, hhmm) : null;
  $('breakdown-when').textContent = at ? fill(t('breakdownWhenWords'), { time: localTime(at, state.plan.plan.planDate) }) : '';
  // The date-time sent, for whoever checks it against the shift.
  $('breakdown-when').dataset.at = at ? at.slice(0, 16) : '';
}

async function reportBreakdown() {
  try {
    const at = breakdownAt($('breakdown-vehicle').value, $('breakdown-time').value || nowLocal().slice(11, 16));
    const result = await api(`/api/plans/${state.planId}/breakdowns`, {
      method: 'POST', body: { vehicleId: $('breakdown-vehicle').value, at },
    });
    notify(`${t('breakdown')}: ${result.vehicleId}`);
    if (result.solving) {
      showSolving(true, null, null);
      follow();
    }
  } catch (error) {
    reportError(error);
  }
}

// --- A snowfall seen (s9-whatif) ---------------------------------------------------------------------------------

/** The hour now, as a snowfall seen just now would start; the dispatcher corrects both ends. */
function suggestSnowfall() {
  if ($('snowfall-start').value) return;
  const start = `${nowLocal().slice(0, 13)}:00`;
  $('snowfall-start').value = start;
  $('snowfall-end').value = new Date(Date.parse(`${start}:00Z`) + 3600e3).toISOString().slice(0, 16);
}

/** Writes the snowfall into the district's stored forecast; the next re-plan reads it. */
async function reportSnowfall() {
  const body = {
    start: $('snowfall-start').value || null,
    end: $('snowfall-end').value || null,
    depthCm: $('snowfall-depth').value === '' ? null : Number($('snowfall-depth').value),
  };
  $('snowfall-result').textContent = '';
  const stored = await api(`/api/districts/${state.districtId}/forecast/snowfall`, { method: 'POST', body });
  const words = fill(t('snowfallRecorded'), {
    depth: number(body.depthCm, 1), start: body.start.replace('T', ' '), end: body.end.replace('T', ' '),
  });
  $('snowfall-result').textContent = words;
  notify(words);
  return stored;
}

// --- New blind-spot reports ----------------------------------------------------------------------------------

function startPlacing() {
  state.placing = true;
  $('placing-hint').hidden = false;
  $('map').classList.add('placing');
}

function placeReport(event) {
  if (!state.placing) return;
  state.placing = false;
  $('placing-hint').hidden = true;
  $('map').classList.remove('placing');
  state.newReport = { lon: Number(event.latlng.lng.toFixed(6)), lat: Number(event.latlng.lat.toFixed(6)) };
  reportGroup.clearLayers();
  proposalGroup.clearLayers();
  L.marker(event.latlng, {
    icon: L.divIcon({ className: 'new-report', html: '!', iconSize: [24, 24] }), pane: 'stops', title: t('reportBlindSpot'),
  }).addTo(reportGroup);
  $('report-where').textContent = `${state.newReport.lon}, ${state.newReport.lat}`;
  // A report phoned in or seen on patrol earlier is entered with the time it was made: its deadline runs from then.
  const now = nowLocal().slice(0, 16);
  $('report-time').value = now;
  $('report-time').max = now;
  $('report-form').hidden = false;
  $('new-report').replaceChildren();
}

async function submitReport() {
  const spot = await api(`/api/districts/${state.districtId}/blind-spots`, {
    method: 'POST',
    body: {
      ...state.newReport,
      category: $('report-category').value,
      volumeM3: Number($('report-volume').value),
      priority: $('report-priority').value,
      source: $('report-source').value,
      photoRef: $('report-photo').value.trim() || null,
      description: $('report-description').value,
      reportedBy: actor(),
      // Whole seconds: the day's dataset accepts no fractions, which the app's own clock would give.
      reportedAt: $('report-time').value ? `${$('report-time').value.slice(0, 16)}:00` : nowLocal(),
    },
  });
  $('report-form').hidden = true;
  loadLedger().catch(reportError);
  reportGroup.eachLayer((marker) => marker.bindTooltip(text(`${spot.id} · ${t(spot.priority)} · ${t(spot.category)}`)).openTooltip());
  const propose = el('button', { type: 'button', id: 'propose', class: 'primary' }, t('proposeInsertions'));
  const results = el('div', { id: 'proposals' });
  propose.addEventListener('click', () => proposeInsertions(spot, results).catch(reportError));
  const day = state.plan?.plan.planDate;
  $('new-report').replaceChildren(
    el('p', { id: 'new-report-summary' }, `${spot.id} · ${t(spot.category)} · ${number(spot.volumeM3)} m³ · ${t(spot.priority)} · ${
      fill(t('reportDueWords'), { time: localTime(spot.deadline, day) })}`),
    propose, results);
}

/**
 * The solver's best places for the new report in today's plan, each drawn on the map as a numbered dashed detour
 * from the route's stop before it to the report and on to the stop after it. Choosing one highlights its route on
 * the map and the timeline. The insert action itself lets the solver place the report: the API takes no place.
 */
async function proposeInsertions(spot, results) {
  const base = `/api/plans/${state.planId}/urgent-reports/${encodeURIComponent(spot.id)}`;
  const proposals = await api(`${base}/recommendations?limit=3`);
  proposalGroup.clearLayers();
  if (!proposals.length) {
    results.replaceChildren(el('p', { class: 'hint' }, t('noProposal')));
    return;
  }
  const day = state.plan.plan.planDate;
  const insert = el('button', { type: 'button', id: 'insert-report', class: 'primary' }, t('insertReport'));
  insert.addEventListener('click', async () => {
    try {
      insert.disabled = true;
      const inserted = await api(`${base}/insert`, { method: 'POST', body: { actor: actor() } });
      notify(`${spot.id}: ${t(inserted.how)}`);
      proposalGroup.clearLayers();
      showSolving(true, null, null);
      follow();
    } catch (error) {
      insert.disabled = false;
      reportError(error);
    }
  });
  const drawn = proposals.map((proposal, index) => drawProposal(proposal, index + 1, spot));
  const choose = (index) => {
    drawn.forEach((parts, i) => parts.forEach((layer) => {
      layer.getElement?.()?.classList.toggle('chosen', i === index);
      if (layer.setStyle) layer.setStyle({ weight: i === index ? 5 : 3, opacity: i === index ? 1 : 0.45 });
    }));
    drawn[index].forEach((layer) => layer.bringToFront?.());
    results.querySelectorAll('.proposals button').forEach((button, i) => button.setAttribute('aria-pressed', String(i === index)));
    select(proposals[index].vehicleId, null);
    showOnMap(drawn[index]);
  };
  drawn.forEach((parts, index) => parts.forEach((layer) => layer.on('click', () => choose(index))));
  results.replaceChildren(
    el('ol', { class: 'items proposals' }, ...proposals.map((proposal, index) => el('li', { 'data-vehicle': proposal.vehicleId },
      el('button', {
        type: 'button', class: 'link', 'aria-pressed': 'false', onclick: () => choose(index),
      },
      el('span', { class: 'proposal-rank' }, String(index + 1)),
      `${proposal.vehicleName || proposal.vehicleId} · ${t('proposalPosition')} ${proposal.position}`,
      proposal.start ? ` · ${fill(t('proposalStartsWords'), { time: localTime(proposal.start, day) })}` : ''),
      // What the crew's night gains in words; the score's change stays a hover away.
      el('div', {
        class: `reason proposal-effect${proposal.breaksHardRule ? ' hard' : ''}`, title: `${t('scoreChange')} ${proposal.scoreChange}`,
      }, `${fill(t('proposalAddsWords'), { duration: duration(proposal.minutesAdded) })}${
        proposal.breaksHardRule ? ` · ${t('breaksHardRule')}` : ''}`)))),
    el('p', { class: 'hint' }, t('insertHint')),
    insert);
  choose(0);
}

/** Brings the chosen detour into view when part of it lies outside the map, keeping the dispatcher's zoom or less. */
function showOnMap(layers) {
  const bounds = L.latLngBounds([]);
  layers.forEach((layer) => {
    if (layer.getLatLng) bounds.extend(layer.getLatLng());
    else if (layer.getBounds) bounds.extend(layer.getBounds());
  });
  if (bounds.isValid() && !map.getBounds().contains(bounds)) {
    map.fitBounds(bounds.pad(0.15), { maxZoom: map.getZoom() });
  }
}

/** One proposal on the map: the detour through the report in the route's colour and its rank at the stop before. */
function drawProposal(proposal, rank, spot) {
  const route = state.report?.routes.find((r) => r.vehicleId === proposal.vehicleId);
  const here = L.latLng(spot.lat ?? state.newReport.lat, spot.lon ?? state.newReport.lon);
  const placed = (stop) => stop && stop.lat !== null && stop.lat !== undefined;
  let before = null;
  let after = null;
  if (route) {
    const stops = route.stops;
    const tasks = stops.map((stop, i) => (stop.kind === 'TASK' ? i : -1)).filter((i) => i >= 0);
    // The position counts tasks from 1: it goes after the task before it (or the start) and before the one at it.
    const cut = proposal.position - 1 < tasks.length ? tasks[proposal.position - 1] : stops.length;
    before = stops.slice(0, cut).reverse().find(placed) || null;
    after = stops.slice(cut).find(placed) || null;
  }
  const colour = planLayer.colours.get(proposal.vehicleId) || '#ff6f00';
  const points = [before, null, after].map((stop) => (stop === null ? null : L.latLng(stop.lat, stop.lon)));
  points[1] = here;
  const line = L.polyline(points.filter(Boolean), {
    color: colour, weight: 3, opacity: 0.45, dashArray: '2 7', lineCap: 'round', pane: 'routes', className: 'proposal-line',
  }).addTo(proposalGroup);
  line.bindTooltip(text(`${rank}. ${proposal.vehicleName || proposal.vehicleId} · ${t('proposalPosition')} ${proposal.position}`), { sticky: true });
  const anchor = points[0] || points[2] || here;
  const marker = L.marker(anchor, {
    icon: L.divIcon({
      className: 'proposal-marker', html: `<span style="background:${colour}">${rank}</span>`, iconSize: [22, 22], iconAnchor: [-2, 24],
    }),
    pane: 'stops',
    title: `${t('proposal')} ${rank}: ${proposal.vehicleName || proposal.vehicleId}`,
    keyboard: false,
    zIndexOffset: 2000,
  }).addTo(proposalGroup);
  marker.getElement()?.setAttribute('data-rank', String(rank));
  marker.getElement()?.setAttribute('data-vehicle', proposal.vehicleId);
  return [line, marker];
}

// --- The ledger: reports still waiting, and those taken off with a reason (rejected, duplicates) -------------------

const OPEN = ['REPORTED', 'PLANNED'];
const SET_ASIDE = ['REJECTED', 'DUPLICATE'];
const SET_ASIDE_SHOWN = 20;

async function loadLedger() {
  const statuses = [...OPEN, ...SET_ASIDE].map((s) => `status=${s}`).join('&');
  state.ledger = await api(`/api/districts/${state.districtId}/blind-spots?${statuses}`);
  drawLedger();
}

/** The open reports newest first, each with the two steps that take it off the ledger; then the latest taken off. */
function drawLedger() {
  if (!state.ledger) return;
  const newestFirst = (a, b) => (a.reportedAt < b.reportedAt ? 1 : -1);
  const open = state.ledger.filter((spot) => OPEN.includes(spot.status)).sort(newestFirst);
  const aside = state.ledger.filter((spot) => SET_ASIDE.includes(spot.status))
    .sort((a, b) => ((a.closedAt || '') < (b.closedAt || '') ? 1 : -1)).slice(0, SET_ASIDE_SHOWN);
  const items = [...open, ...aside].map((spot) => {
    const summary = `${spot.id} · ${t(spot.category)} · ${number(spot.volumeM3)} m³ · ${t(`ledger_${spot.status}`)}`;
    const item = el('li', { 'data-report': spot.id, class: `ledger-item ${spot.status.toLowerCase()}` },
      el('div', {}, summary));
    if (OPEN.includes(spot.status)) {
      item.append(el('div', { class: 'buttons' },
        el('button', { type: 'button', class: 'link', 'data-action': 'reject', onclick: () => askReason(item, spot, false) }, t('rejectReport')),
        el('button', { type: 'button', class: 'link', 'data-action': 'duplicate', onclick: () => askReason(item, spot, true) }, t('markDuplicate'))));
    } else {
      const of = spot.status === 'DUPLICATE' ? `${t('duplicateOf')} ${spot.duplicateOf} · ` : '';
      item.append(el('div', { class: 'reason' }, `${of}${spot.reason || ''} (${spot.closedBy || ''})`));
    }
    return item;
  });
  if (!items.length) items.push(el('li', { class: 'empty' }, t('ledgerEmpty')));
  $('ledger').replaceChildren(...items);
}

/** An inline form under the report: the reason (销号 needs one either way) and, for a duplicate, which report. */
function askReason(item, spot, duplicate) {
  item.querySelector('.ledger-step')?.remove();
  const others = state.ledger.filter((other) => OPEN.includes(other.status) && other.id !== spot.id);
  const reason = el('input', { type: 'text', class: 'ledger-reason', maxlength: '1000', 'aria-label': t('stepReason'), placeholder: t('stepReason') });
  const original = duplicate ? el('select', { class: 'ledger-duplicate-of', 'aria-label': t('duplicateOf') },
    ...others.map((other) => el('option', { value: other.id }, `${other.id} · ${t(other.category)}`))) : null;
  const confirm = el('button', { type: 'button', class: duplicate ? 'primary' : 'danger', 'data-action': 'confirm' },
    duplicate ? t('markDuplicate') : t('rejectReport'));
  const form = el('div', { class: 'ledger-step report-form' },
    original ? el('label', {}, el('span', {}, t('duplicateOf')), original) : null,
    el('label', {}, el('span', {}, t('stepReason')), reason), confirm);
  confirm.addEventListener('click', async () => {
    const base = `/api/districts/${state.districtId}/blind-spots/${encodeURIComponent(spot.id)}`;
    try {
      confirm.disabled = true;
      const body = duplicate ? { duplicateOf: original.value, reason: reason.value } : { reason: reason.value };
      const changed = await api(`${base}/${duplicate ? 'duplicate' : 'reject'}`, { method: 'POST', body });
      notify(`${changed.id}: ${t(`ledger_${changed.status}`)}`);
      await loadLedger();
    } catch (error) {
      confirm.disabled = false;
      reportError(error);
    }
  });
  item.append(form);
  reason.focus();
}
