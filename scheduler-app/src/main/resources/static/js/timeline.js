// The plan's day as an SVG timeline: one row per vehicle or crew, its bars for driving, waiting, work, refills,
// dumps and breaks, overtime outlined in red past the shift's end. Selecting a row or bar calls onSelect.
import { el, localMillis } from './common.js';
import { date, duration, fill, span } from './format.js';
import { t } from './i18n.js';
import { taskKindText } from './reasons.js';

const SVG = 'http://www.w3.org/2000/svg';
const ROW = 24;
const AXIS = 22;
const LABEL = 150;
// Room for an hour that keeps a one-minute stop apart from the next: a long day scrolls sideways instead of
// squeezing into the panel's width.
const HOUR_WIDTH = 64;

function svg(tag, attributes = {}, ...children) {
  const element = document.createElementNS(SVG, tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (value !== undefined && value !== null) element.setAttribute(name, value);
  }
  children.forEach((child) => element.appendChild(child instanceof Node ? child : document.createTextNode(child)));
  return element;
}

export class Timeline {
  constructor(container, onSelect) {
    this.container = container;
    this.onSelect = onSelect;
    this.rows = new Map();
    this.bars = [];
    this.selected = [null, null];
    // A wider or narrower panel (a turned phone, a resized window) draws the day again to its width.
    new ResizeObserver(() => {
      if (this.drawn && Math.abs(this.container.clientWidth - this.drawnWidth) > 40) {
        this.draw(...this.drawn);
        this.select(...this.selected);
      }
    }).observe(container);
  }

  draw(timeline, colours, day) {
    this.rows.clear();
    this.bars = [];
    this.container.replaceChildren();
    this.drawn = timeline ? [timeline, colours, day] : null;
    this.drawnWidth = this.container.clientWidth;
    if (!timeline || !timeline.rows.length || !timeline.from) return;
    const from = localMillis(timeline.from);
    const to = localMillis(timeline.to);
    const width = Math.max(this.container.clientWidth - 4, LABEL + 10 + Math.ceil((to - from) / 3600000) * HOUR_WIDTH);
    const scale = (width - LABEL - 10) / Math.max(to - from, 1);
    const x = (moment) => LABEL + (localMillis(moment) - from) * scale;
    const height = AXIS + timeline.rows.length * ROW + 4;
    const chart = svg('svg', { width, height, role: 'group', class: 'timeline-chart', 'aria-label': t('timeline') });

    // Hour lines and labels; midnight names the day it begins, so that a night shift reads across it.
    const firstHour = Math.ceil(from / 3600000) * 3600000;
    for (let hour = firstHour; hour <= to; hour += 3600000) {
      const at = LABEL + (hour - from) * scale;
      const moment = new Date(hour).toISOString();
      const midnight = moment.slice(11, 16) === '00:00';
      chart.appendChild(svg('line', { x1: at, x2: at, y1: AXIS - 4, y2: height, class: midnight ? 'hour midnight' : 'hour' }));
      chart.appendChild(svg('text', { x: at, y: 13, class: midnight ? 'hour-label midnight' : 'hour-label' },
        midnight ? date(moment.slice(0, 10)) : moment.slice(11, 16)));
    }
    const labels = svg('g', { class: 'labels' }, svg('rect', { x: 0, y: 0, width: LABEL - 4, height: AXIS - 4, class: 'label-bg' }));

    timeline.rows.forEach((row, index) => {
      const y = AXIS + index * ROW;
      const colour = colours.get(row.vehicleId) || '#9a9a9a';
      const group = svg('g', { class: 'row', 'data-vehicle': row.vehicleId });
      group.appendChild(svg('rect', { x: 0, y, width, height: ROW, class: 'row-bg' }));
      group.appendChild(svg('rect', {
        x: x(row.shiftStart), y: y + 3, width: Math.max(x(row.shiftEnd) - x(row.shiftStart), 0), height: ROW - 6,
        class: 'shift',
      }));
      // The names stay in sight while the hours scroll under them (see keepLabelsInSight).
      const label = svg('g', { class: 'row-name', 'data-vehicle': row.vehicleId },
        svg('rect', { x: 0, y, width: LABEL - 4, height: ROW, class: 'label-bg' }),
        svg('rect', { x: 4, y: y + 7, width: 10, height: 10, rx: 2, fill: colour }),
        svg('text', { x: 18, y: y + 16, class: 'row-label' }, row.vehicleName || row.vehicleId),
        svg('title', {}, `${row.vehicleName} (${row.vehicleId}) ${t('shift')} ${span(row.shiftStart, row.shiftEnd, day)}`));
      label.addEventListener('click', () => this.onSelect(row.vehicleId, null));
      labels.appendChild(label);
      group.appendChild(svg('title', {}, `${row.vehicleName} (${row.vehicleId}) ${t('shift')} ${span(row.shiftStart, row.shiftEnd, day)}`));
      group.addEventListener('click', (event) => {
        if (!event.target.closest('.bar')) this.onSelect(row.vehicleId, null);
      });
      for (const bar of row.bars) {
        const left = x(bar.start);
        const barWidth = Math.max(x(bar.end) - left, 1);
        const rect = svg('rect', {
          x: left, y: y + (bar.kind === 'TRAVEL' || bar.kind === 'WAIT' ? 9 : 4),
          width: barWidth, height: bar.kind === 'TRAVEL' || bar.kind === 'WAIT' ? ROW - 18 : ROW - 8,
          class: `bar ${bar.kind.toLowerCase()}${bar.lateMinutes > 0 ? ' late' : ''}`,
          fill: bar.kind === 'TASK' ? colour : null,
          'data-task': bar.taskId || '',
          tabindex: bar.kind === 'TASK' ? 0 : null,
          'aria-label': `${t(bar.kind)} ${bar.label || ''} ${span(bar.start, bar.end, day)}`,
        }, svg('title', {}, `${t(bar.kind)}${bar.taskKind ? ` · ${taskKindText(bar.taskKind, bar.taskId)}` : ''}\n${bar.label || ''}\n${span(bar.start, bar.end, day)}${bar.lateMinutes > 0 ? `\n${fill(t('fmt_lateShort'), { duration: duration(bar.lateMinutes) })}` : ''}`));
        rect.addEventListener('click', () => this.onSelect(row.vehicleId, bar.taskId || null));
        rect.addEventListener('keydown', (event) => {
          if (event.key === 'Enter') this.onSelect(row.vehicleId, bar.taskId || null);
        });
        group.appendChild(rect);
        this.bars.push({ rect, vehicleId: row.vehicleId, taskId: bar.taskId });
      }
      if (row.overtime) {
        group.appendChild(svg('rect', {
          x: x(row.overtime.start), y: y + 2, width: Math.max(x(row.overtime.end) - x(row.overtime.start), 1),
          height: ROW - 4, class: 'overtime',
        }, svg('title', {}, `${t('OVERTIME')} ${span(row.overtime.start, row.overtime.end, day)}`)));
      }
      chart.appendChild(group);
      this.rows.set(row.vehicleId, group);
    });
    chart.appendChild(labels);
    this.labels = labels;
    this.container.appendChild(chart);
    this.container.appendChild(legend());
    if (!this.scrolling) {
      this.scrolling = true;
      this.container.addEventListener('scroll', () => this.keepLabelsInSight(), { passive: true });
    }
    this.keepLabelsInSight();
  }

  /** Moves the row names with a sideways scroll, so that each row still says whose it is. */
  keepLabelsInSight() {
    this.labels?.setAttribute('transform', `translate(${this.container.scrollLeft},0)`);
  }

  select(vehicleId, taskId) {
    this.selected = [vehicleId, taskId];
    for (const [id, group] of this.rows) group.classList.toggle('selected', id === vehicleId);
    this.labels?.querySelectorAll('.row-name').forEach((label) => label.classList.toggle('selected', label.dataset.vehicle === vehicleId));
    const row = this.rows.get(vehicleId);
    if (row) {
      // Keeps the chosen row in sight in a long fleet, scrolling the timeline alone.
      const y = Number(row.querySelector('.row-bg').getAttribute('y'));
      const box = this.container;
      if (y < box.scrollTop || y + ROW > box.scrollTop + box.clientHeight) box.scrollTop = y - box.clientHeight / 2;
    }
    for (const bar of this.bars) {
      const selected = taskId && bar.taskId === taskId && bar.vehicleId === vehicleId;
      bar.rect.classList.toggle('selected', Boolean(selected));
      if (selected) {
        // The chosen task in sight too when the day is wider than the panel.
        const box = this.container;
        const left = Number(bar.rect.getAttribute('x'));
        if (left - LABEL < box.scrollLeft || left > box.scrollLeft + box.clientWidth - 20) {
          box.scrollLeft = Math.max(left - LABEL - (box.clientWidth - LABEL) / 3, 0);
        }
      }
    }
  }
}

function legend() {
  return el('div', { class: 'timeline-legend' },
    ...['TASK', 'TRAVEL', 'WAIT', 'DEPOT_WAIT', 'REFILL', 'SALT_RELOAD', 'DUMP', 'BREAK', 'OVERTIME'].map((kind) => el('span', {},
      el('span', { class: `swatch ${kind.toLowerCase()}` }), t(kind))));
}
