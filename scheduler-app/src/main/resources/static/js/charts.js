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
 * value labels carry it too, when given). Each label stands whole on its own line above its two bars, so that no
 * name is cut, in either language; the title is a caption that wraps.
 */
export function pairedBars(title, pairs, unit = '') {
  const width = 300;
  const rowHeight = 44;
  const valueRoom = 84;
  const height = 4 + pairs.length * rowHeight;
  const max = Math.max(1e-9, ...pairs.flatMap((p) => [Math.abs(p.left), Math.abs(p.right)]));
  const scale = (width - valueRoom) / max;
  const chart = svg('svg', { viewBox: `0 0 ${width} ${height}`, role: 'img', 'aria-label': title });
  const withUnit = (value) => (unit ? `${number(value)} ${unit}` : number(value));
  pairs.forEach((pair, index) => {
    const y = index * rowHeight;
    chart.appendChild(svg('text', { x: 0, y: y + 13, class: 'bar-label' }, pair.label));
    [['left', pair.left, 0], ['right', pair.right, 13]].forEach(([side, value, offset]) => {
      const barWidth = Math.max(Math.abs(value) * scale, value ? 1 : 0);
      const bar = svg('rect', { x: 0, y: y + 18 + offset, width: barWidth, height: 11, class: side });
      bar.appendChild(svg('title', {}, `${pair.label}: ${withUnit(value)}`));
      chart.appendChild(bar);
      chart.appendChild(svg('text', { x: barWidth + 4, y: y + 27 + offset, class: 'bar-value' }, withUnit(value)));
    });
  });
  const box = document.createElement('figure');
  box.className = 'chart';
  box.style.margin = '0';
  box.dataset.unit = unit;
  const caption = document.createElement('figcaption');
  caption.textContent = title;
  box.append(caption, chart);
  return box;
}
