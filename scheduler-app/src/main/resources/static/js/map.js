// The district's own map in Leaflet: no tiles, only the district's streets, boundaries and facilities, with plan
// routes, stops and unassigned work drawn on top.
import { el, routeColour, text } from './common.js';
import { duration, fill, span } from './format.js';
import { t } from './i18n.js';
import { labelText, reasonText } from './reasons.js';

const L = window.L;

const STREET_STYLE = {
  main: { color: '#6b6b6b', weight: 4 },
  secondary: { color: '#8a8a8a', weight: 3 },
  branch: { color: '#a9a9a9', weight: 2 },
  alley: { color: '#c4c4c4', weight: 1 },
};

export function createMap(element, options = {}) {
  const map = L.map(element, {
    zoomSnap: 0.25,
    attributionControl: false,
    zoomControl: options.zoomControl !== false,
  });
  map.createPane('basemap').style.zIndex = 350;
  map.createPane('routes').style.zIndex = 420;
  map.createPane('stops').style.zIndex = 620;
  return map;
}

/** Draws the basemap GeoJSON (streets by class, subdistrict and grid boundaries, facilities) and fits it. */
export function drawBasemap(map, geojson, options = {}) {
  const renderer = L.canvas({ pane: 'basemap' });
  const byLayer = (layer) => ({ ...geojson, features: geojson.features.filter((f) => f.properties.layer === layer) });
  const grids = L.geoJSON(byLayer('grid'), {
    renderer,
    interactive: false,
    style: { color: '#b9c6d6', weight: 1, dashArray: '2 4', fill: false },
  });
  const subdistricts = L.geoJSON(byLayer('subdistrict'), {
    renderer,
    style: { color: '#5b7aa6', weight: 2, dashArray: '8 6', fillColor: '#dfe8f3', fillOpacity: 0.25 },
    onEachFeature: (feature, layer) => layer.bindTooltip(text(feature.properties.name), { sticky: true, className: 'area' }),
  });
  const streets = L.geoJSON(byLayer('street'), {
    renderer,
    style: (feature) => STREET_STYLE[feature.properties.roadClass] || STREET_STYLE.branch,
    onEachFeature: (feature, layer) => {
      if (feature.properties.name) layer.bindTooltip(text(feature.properties.name), { sticky: true });
    },
  });
  const facilities = L.geoJSON(
    { ...geojson, features: geojson.features.filter((f) => ['depot', 'hydrant', 'transferStation', 'saltDepot'].includes(f.properties.layer)) },
    {
      pointToLayer: (feature, latlng) => L.marker(latlng, {
        icon: facilityIcon(feature.properties.layer),
        pane: 'stops',
        keyboard: false,
      }),
      onEachFeature: (feature, layer) => layer.bindTooltip(text(feature.properties.name)),
    },
  );
  const layers = [subdistricts, grids, streets];
  if (options.facilities !== false) layers.push(facilities);
  const group = L.layerGroup(layers).addTo(map);
  // The streets are where the work is; the boundaries around them may reach far into the countryside.
  const bounds = streets.getBounds().isValid() ? streets.getBounds() : subdistricts.getBounds();
  if (bounds.isValid()) map.fitBounds(bounds, { padding: [12, 12] });
  return { group, subdistricts, grids, streets, facilities };
}

export function facilityIcon(kind) {
  const letter = { depot: 'P', hydrant: '水', transferStation: '站', saltDepot: '盐' }[kind] || '?';
  return L.divIcon({ className: `facility ${kind}`, html: letter, iconSize: [18, 18] });
}

export function stopIcon(kind, number, colour, selected) {
  if (kind === 'REFILL') return L.divIcon({ className: 'stop refill', html: '水', iconSize: [18, 18] });
  if (kind === 'DUMP') return L.divIcon({ className: 'stop dump', html: '倒', iconSize: [18, 18] });
  if (kind === 'SALT_RELOAD') return L.divIcon({ className: 'stop salt', html: '盐', iconSize: [18, 18] });
  const size = selected ? 26 : 20;
  return L.divIcon({
    className: `stop task${selected ? ' selected' : ''}`,
    html: `<span style="background:${colour}">${number}</span>`,
    iconSize: [size, size],
  });
}

/**
 * A plan drawn on a map: each route in its colour along the streets (washed solid, deadheading dashed), the chosen
 * route's stops numbered, refills and dumps marked. select(vehicleId, taskId) highlights one route and task.
 */
export class PlanLayer {
  constructor(map, onSelect) {
    this.map = map;
    this.onSelect = onSelect;
    this.group = L.layerGroup().addTo(map);
    this.lines = new Map();
    this.markers = new Map();
    this.colours = new Map();
  }

  draw(geojson, report, day) {
    this.group.clearLayers();
    this.lines.clear();
    this.markers.clear();
    this.colours = coloursOf(geojson);
    const renderer = L.svg({ pane: 'routes' });
    for (const feature of geojson.features) {
      const { kind, vehicleId } = feature.properties;
      if (kind !== 'washed' && kind !== 'deadhead') continue;
      const colour = this.colours.get(vehicleId);
      const line = L.geoJSON(feature, { renderer, style: routeStyle(kind, colour, false, false) });
      line.on('click', () => this.onSelect(vehicleId, null));
      line.bindTooltip(text(`${vehicleId} · ${t(kind === 'washed' ? 'legendWashed' : 'legendDeadhead')}`), { sticky: true });
      line.addTo(this.group);
      if (!this.lines.has(vehicleId)) this.lines.set(vehicleId, []);
      this.lines.get(vehicleId).push({ line, kind, colour });
    }
    for (const route of report.routes) {
      let number = 0;
      for (const stop of route.stops) {
        if (stop.kind === 'TASK') number += 1;
        if (stop.lon === null || stop.lon === undefined || stop.kind === 'DEPOT' || stop.kind === 'BREAK') continue;
        const colour = this.colours.get(route.vehicleId) || '#555';
        const marker = L.marker([stop.lat, stop.lon], {
          icon: stopIcon(stop.kind, number, colour, false),
          pane: 'stops',
          title: `${route.vehicleId} #${stop.sequence}`,
          alt: stop.label,
          keyboard: false,
        });
        marker.bindTooltip(el('div', {},
          el('b', {}, `${route.vehicleName || route.vehicleId} · ${stop.kind === 'TASK' ? number : t(stop.kind)}`),
          el('br'), stop.label, el('br'), span(stop.start, stop.end, day),
          stop.lateMinutes > 0 ? el('br') : null,
          stop.lateMinutes > 0 ? el('span', { class: 'late-text' }, fill(t('fmt_lateShort'), { duration: duration(stop.lateMinutes) })) : null));
        marker.on('click', () => this.onSelect(route.vehicleId, stop.taskId || null));
        marker.stopInfo = { kind: stop.kind, number, colour };
        this.markers.set(`${route.vehicleId}|${stop.taskId || `#${stop.sequence}`}`, marker);
      }
    }
  }

  select(vehicleId, taskId) {
    for (const [id, parts] of this.lines) {
      for (const { line, kind, colour } of parts) {
        line.setStyle(routeStyle(kind, colour, id === vehicleId, Boolean(vehicleId) && id !== vehicleId));
        if (id === vehicleId) line.bringToFront();
      }
    }
    // Only the chosen route's stops are numbered on the map: a district's hundreds of stops at once hide the streets.
    for (const [key, marker] of this.markers) {
      const [id, task] = key.split('|');
      const info = marker.stopInfo;
      if (id !== vehicleId) {
        this.group.removeLayer(marker);
        continue;
      }
      this.group.addLayer(marker);
      const selected = taskId && task === taskId && id === vehicleId;
      marker.setIcon(stopIcon(info.kind, info.number, info.colour, selected));
      marker.setZIndexOffset(selected ? 1000 : 0);
      if (selected) this.map.panInside(marker.getLatLng(), { padding: [60, 60] });
    }
  }
}

/**
 * How a route's line is drawn. Washing is the work: thick, solid, in the route's colour. Deadheading is only the way
 * there: thin, dashed and greyed, so that at a glance the washed streets stand out and the empty runs recede.
 */
export function routeStyle(kind, colour, chosen, dimmed) {
  if (kind === 'washed') {
    return {
      color: colour, weight: chosen ? 8 : 6, opacity: dimmed ? 0.15 : 0.95, lineCap: 'round', dashArray: null, className: 'route-washed',
    };
  }
  return {
    color: greyed(colour || '#777'), weight: chosen ? 3 : 2, opacity: dimmed ? 0.12 : 0.9, dashArray: '3 7', lineCap: 'butt',
    className: 'route-deadhead',
  };
}

/** A colour mixed half and half with the basemap's grey: the route still tells, but as a lesser line. */
export function greyed(colour) {
  const hex = colour.replace('#', '');
  const channel = (i) => Math.round((parseInt(hex.slice(i, i + 2), 16) + 0x8a) / 2).toString(16).padStart(2, '0');
  return hex.length === 6 ? `#${channel(0)}${channel(2)}${channel(4)}` : colour;
}

/** Each route's colour, by the colour index the plan GeoJSON gives it. */
export function coloursOf(geojson) {
  const colours = new Map();
  for (const feature of geojson.features) {
    const { vehicleId, colourIndex } = feature.properties;
    if (colourIndex !== undefined && !colours.has(vehicleId)) colours.set(vehicleId, routeColour(colourIndex));
  }
  return colours;
}

/** Unassigned work: a red halo on the street, toilet or blind spot, with the reason as its tooltip. */
export function drawUnassigned(map, geojson, group) {
  group.clearLayers();
  L.geoJSON(geojson, {
    style: { color: '#e00000', weight: 8, opacity: 0.55 },
    pointToLayer: (feature, latlng) => L.circleMarker(latlng, {
      radius: 9, color: '#e00000', weight: 3, fillColor: '#ffdddd', fillOpacity: 0.8, pane: 'stops',
    }),
    onEachFeature: (feature, layer) => layer.bindTooltip(el('div', {},
      `${t('unassigned')}: ${labelText(feature.properties.label)}`, el('br'), reasonText(feature.properties))),
  }).addTo(group);
}

/**
 * The map's legend, folded on a narrow screen (where it would cover the map) and open on a wide one; its summary
 * names it, so that it opens with one tap.
 */
export function legend(map, entries) {
  const control = L.control({ position: 'bottomleft' });
  control.onAdd = () => {
    const list = el('div', { role: 'list' });
    for (const [swatch, key] of entries) {
      list.appendChild(el('div', { role: 'listitem' }, el('span', { class: `swatch ${swatch}` }), el('span', { 'data-i18n': key }, t(key))));
    }
    const box = el('details', { class: 'legend', 'aria-label': t('legend'), 'data-i18n-aria': 'legend' },
      el('summary', { 'data-i18n': 'legend' }, t('legend')), list);
    box.open = window.matchMedia('(min-width: 901px)').matches;
    L.DomEvent.disableClickPropagation(box);
    return box;
  };
  control.addTo(map);
  return control;
}
