// Dyad's map of where the selected dyad's events took place: drawn offline as inline SVG over a Natural
// Earth outline (world.json, built by tools/map/build.js), no tiles and no libraries. Countries are shaded
// by their located events; places are dots and regions hollow rings at their point; a country-level
// location is only shading, never a dot. Clicking a country or a dot filters the events table.
'use strict';

window.DyadMap = (() => {
  const NS = 'http://www.w3.org/2000/svg';
  const byId = (id) => document.getElementById(id);
  let world = null;         // the outline, fetched once
  let selection = null;     // { country, ids, label }
  let reloadEvents = null;  // app.js's loadEvents
  let current = null;       // the last /api/map answer

  function node(tag, attrs, text) {
    const e = document.createElementNS(NS, tag);
    for (const [k, v] of Object.entries(attrs || {})) if (v !== null && v !== undefined) e.setAttribute(k, v);
    if (text !== undefined) { const t = document.createElementNS(NS, 'title'); t.textContent = text; e.append(t); }
    return e;
  }

  async function json(url) {
    const res = await fetch(url);
    const body = await res.json();
    if (!res.ok) throw new Error(body.error || res.statusText);
    return body;
  }

  // light to dark blue by share of the busiest country's events (square root: one event still shows)
  function shade(n, max) {
    if (!n) return null;
    const t = Math.sqrt(n / max);
    const mix = (a, b) => Math.round(a + (b - a) * t);
    return `rgb(${mix(198, 31)},${mix(219, 71)},${mix(239, 136)})`;
  }

  const plural = (n, w) => n + ' ' + w + (n === 1 ? '' : 's');

  function draw() {
    const box = byId('map');
    const m = current;
    const counts = {};
    for (const c of m.countries) counts[c.country] = c.events;
    const max = Math.max(1, ...m.countries.map((c) => c.events));
    const root = node('svg', { viewBox: '0 8 360 142', role: 'img', 'aria-label': 'Map of where the events took place' });
    for (const c of world.countries) {
      const n = counts[c.id] || 0;
      const p = node('path', { d: c.d, class: 'country' + (n ? ' has' : '') + (selection && !selection.ids && selection.country === c.id ? ' selected' : ''),
        'data-country': c.id || null, style: n ? 'fill:' + shade(n, max) : null },
        c.name + (n ? ': ' + plural(n, 'event') : ''));
      if (n) p.addEventListener('click', () => select({ country: c.id, label: c.name }));
      root.append(p);
    }
    const maxPoint = Math.max(1, ...m.points.map((p) => p.events));
    for (const p of m.points) {
      const ids = String(p.event_ids || '').split(',').filter(Boolean);
      const r = 0.9 + 2.2 * Math.sqrt(p.events / maxPoint);
      const dot = node('circle', {
        cx: (p.lon + 180).toFixed(2), cy: (90 - p.lat).toFixed(2), r: r.toFixed(2),
        class: 'point' + (p.precision === 'region' ? ' region' : '') + (selection && selection.ids && selection.ids[0] === ids[0] ? ' selected' : ''),
        'data-place': p.name, 'data-country': p.country
      }, p.name + (p.region ? ', ' + p.region : '') + ' (' + p.country + '): ' + plural(p.events, 'event') +
        (p.precision === 'region' ? ' — a region, not a precise point' : ''));
      dot.addEventListener('click', () => select({ country: p.country, ids, label: p.name }));
      root.append(dot);
    }
    box.replaceChildren(root);
    const list = byId('map-places');
    list.replaceChildren(...m.points.slice(0, 30).map((p) => {
      const li = document.createElement('li');
      const a = document.createElement('a');
      a.textContent = p.name + ' (' + p.country + ')';
      a.addEventListener('click', () => select({ country: p.country, ids: String(p.event_ids).split(','), label: p.name }));
      li.append(a, ' ' + p.events);
      return li;
    }));
    const located = m.countries.reduce((s, c) => s + c.events, 0);
    byId('map-count').textContent = plural(located, 'located event') + ' of ' + m.events +
      ', in ' + plural(m.countries.length, 'country').replace('countrys', 'countries') + '; ' + plural(m.points.length, 'point');
  }

  function select(s) {
    const same = selection && selection.country === s.country && String(selection.ids) === String(s.ids);
    selection = same ? null : s;
    draw();
    if (reloadEvents) reloadEvents();
  }

  return {
    /** Fetches where the dyad's events took place and draws the map. */
    async load(params, reload) {
      reloadEvents = reload;
      if (!world) world = await json('/world.json');
      const q = new URLSearchParams();
      for (const [k, v] of Object.entries(params)) if (v) q.set(k, v);
      current = await json('/api/map?' + q);
      draw();
    },
    clear() { selection = null; },
    /** The country (and the point's event ids) the events table is restricted to, or null. */
    selected() { return selection; },
    /** The line under an event's evidence saying where it took place, with its precision. */
    placeLine(e) {
      if (!e.location_country && !e.location_name) return null;
      const span = document.createElement('span');
      span.className = 'place';
      const where = e.location_precision === 'country' ? (e.location_name || e.location_country)
        : [e.location_name, e.location_region, e.location_country].filter(Boolean).join(', ');
      span.textContent = 'Where: ' + where + ' (' + (e.location_precision || 'place') + ')';
      return span;
    },
    /** Marks the map's selection above the table and brings the first of a point's events into view. */
    afterEvents() {
      const chip = byId('period-filter');
      if (selection) {
        chip.hidden = false;
        chip.textContent = (chip.textContent && !chip.textContent.startsWith('in ') ? chip.textContent + ' · ' : '') + 'in ' + selection.label + ' ✕';
      }
      const first = document.querySelector('#events tr.at-place');
      if (first && first.scrollIntoView) first.scrollIntoView({ block: 'nearest' });
    }
  };
})();
