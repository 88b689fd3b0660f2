// Small SVG bar charts drawn by hand: each category a pair of bars, the left plan grey and the right plan blue.
import { number } from './common.js';

const SVG = 'http://www.w3.org/2000/svg';

function svg(tag, attributes = {}, text) {
  const element = document.createElementNS(SVG, tag);
  Object.entries(attributes).forEach(([name, value]) => element.setAttribute(name, value));
  if (text !== undefined) element.textContent = text;
  return element;
}

/**
 * A chart of category pairs on one scale: pairs = [{label, left, right}], all in the one unit the title names (the
 * value labels carry it too, when given).
 */
export function pairedBars(title, pairs, unit = '') {
  const width = 300;
  const rowHeight = 30;
  const labelWidth = 120;
  const height = 24 + pairs.length * rowHeight;
  const max = Math.max(1e-9, ...pairs.flatMap((p) => [Math.abs(p.left), Math.abs(p.right)]));
  const scale = (width - labelWidth - 60) / max;
  const chart = svg('svg', { viewBox: `0 0 ${width} ${height}`, role: 'img', 'aria-label': title });
  const withUnit = (value) => (unit ? `${number(value)} ${unit}` : number(value));
  chart.appendChild(svg('text', { x: 0, y: 14, 'font-weight': 600 }, title));
  pairs.forEach((pair, index) => {
    const y = 24 + index * rowHeight;
    chart.appendChild(svg('text', { x: 0, y: y + 17 }, pair.label.length > 11 ? `${pair.label.slice(0, 10)}…` : pair.label));
    [['left', pair.left, 0], ['right', pair.right, 12]].forEach(([side, value, offset]) => {
      const barWidth = Math.max(Math.abs(value) * scale, value ? 1 : 0);
      const bar = svg('rect', { x: labelWidth, y: y + offset + 2, width: barWidth, height: 11, class: side });
      bar.appendChild(svg('title', {}, `${pair.label}: ${withUnit(value)}`));
      chart.appendChild(bar);
      chart.appendChild(svg('text', { x: labelWidth + barWidth + 4, y: y + offset + 11 }, withUnit(value)));
    });
  });
  const box = document.createElement('figure');
  box.className = 'chart';
  box.style.margin = '0';
  box.dataset.unit = unit;
  box.appendChild(chart);
  return box;
}
