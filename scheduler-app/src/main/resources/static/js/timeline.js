// The plan's day as an SVG timeline: one row per vehicle or crew, its bars for driving, waiting, work, refills,
// dumps and breaks, overtime outlined in red past the shift's end. Selecting a row or bar calls onSelect.
import { el, localMillis, time } from './common.js';
import { t } from './i18n.js';

const SVG = 'http://www.w3.org/2000/svg';
const ROW = 24;
const AXIS = 22;
const LABEL = 150;

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
  }

  draw(timeline, colours, day) {
    this.rows.clear();
    this.bars = [];
    this.container.replaceChildren();
    if (!timeline || !timeline.rows.length || !timeline.from) return;
    const width = Math.max(this.container.clientWidth - 4, 600);
    const from = localMillis(timeline.from);
    const to = localMillis(timeline.to);
    const scale = (width - LABEL - 10) / Math.max(to - from, 1);
    const x = (moment) => LABEL + (localMillis(moment) - from) * scale;
    const height = AXIS + timeline.rows.length * ROW + 4;
    const chart = svg('svg', { width, height, role: 'group', class: 'timeline-chart', 'aria-label': t('timeline') });

    // Hour lines and labels.
    const firstHour = Math.ceil(from / 3600000) * 3600000;
    const hourStep = (to - from) / 3600000 > 16 ? 2 : 1;
    for (let hour = firstHour; hour <= to; hour += 3600000 * hourStep) {
      const at = LABEL + (hour - from) * scale;
      chart.appendChild(svg('line', { x1: at, x2: at, y1: AXIS - 4, y2: height, class: 'hour' }));
      chart.appendChild(svg('text', { x: at, y: 13, class: 'hour-label' }, new Date(hour).toISOString().slice(11, 16)));
    }

    timeline.rows.forEach((row, index) => {
      const y = AXIS + index * ROW;
      const colour = colours.get(row.vehicleId) || '#9a9a9a';
      const group = svg('g', { class: 'row', 'data-vehicle': row.vehicleId });
      group.appendChild(svg('rect', { x: 0, y, width, height: ROW, class: 'row-bg' }));
      group.appendChild(svg('rect', {
        x: x(row.shiftStart), y: y + 3, width: Math.max(x(row.shiftEnd) - x(row.shiftStart), 0), height: ROW - 6,
        class: 'shift',
      }));
      const name = svg('text', { x: 18, y: y + 16, class: 'row-label' }, row.vehicleName || row.vehicleId);
      group.appendChild(svg('rect', { x: 4, y: y + 7, width: 10, height: 10, rx: 2, fill: colour }));
      group.appendChild(name);
      group.appendChild(svg('title', {}, `${row.vehicleName} (${row.vehicleId}) ${t('shift')} ${time(row.shiftStart, day)}–${time(row.shiftEnd, day)}`));
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
          'aria-label': `${t(bar.kind)} ${bar.label || ''} ${time(bar.start, day)}–${time(bar.end, day)}`,
        }, svg('title', {}, `${t(bar.kind)}${bar.taskKind ? ` · ${t(bar.taskKind)}` : ''}\n${bar.label || ''}\n${time(bar.start, day)}–${time(bar.end, day)}${bar.lateMinutes > 0 ? `\n${t('late')} ${bar.lateMinutes} min` : ''}`));
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
        }, svg('title', {}, `${t('OVERTIME')} ${time(row.overtime.start, day)}–${time(row.overtime.end, day)}`)));
      }
      chart.appendChild(group);
      this.rows.set(row.vehicleId, group);
    });
    this.container.appendChild(chart);
    this.container.appendChild(legend());
  }

  select(vehicleId, taskId) {
    for (const [id, group] of this.rows) group.classList.toggle('selected', id === vehicleId);
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
    }
  }
}

function legend() {
  return el('div', { class: 'timeline-legend' },
    ...['TASK', 'TRAVEL', 'WAIT', 'DEPOT_WAIT', 'REFILL', 'DUMP', 'BREAK', 'OVERTIME'].map((kind) => el('span', {},
      el('span', { class: `swatch ${kind.toLowerCase()}` }), t(kind))));
}
