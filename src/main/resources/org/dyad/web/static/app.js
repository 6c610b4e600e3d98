// Dyad's web page: plain JS, no libraries. Reads the JSON API (docs/WEB.md), draws the timeline as
// inline SVG, and keeps the selection in the URL hash so a view can be bookmarked or shared.
'use strict';

const $ = (id) => document.getElementById(id);
const state = { types: [], typeInfo: {}, period: null, timeline: null };

// PLOVER quads: cooperation in blues/greens, conflict in oranges/reds (PLOVER's own order)
const COLORS = {
  AGREE: '#1f5f99', CONSULT: '#5b9bd5', SUPPORT: '#9cc3e6', CONCEDE: '#7fb0c9',
  COOPERATE: '#2e7d4f', AID: '#5fb27a', RETREAT: '#a7d3a6',
  REQUEST: '#f2c14e', ACCUSE: '#f29e4c', REJECT: '#e07b39', THREATEN: '#d35c37', SANCTION: '#b8860b',
  PROTEST: '#c0392b', MOBILIZE: '#9b2d5b', COERCE: '#7b1e3a', ASSAULT: '#4a0e1f'
};

/** Builds an element; text children become text nodes (never HTML), so article text cannot inject markup. */
function el(tag, attrs, ...children) {
  const e = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs || {})) {
    if (v === null || v === undefined || v === false) continue;
    if (k === 'class') e.className = v;
    else if (k.startsWith('on')) e.addEventListener(k.slice(2), v);
    else e.setAttribute(k, v === true ? '' : v);
  }
  for (const c of children.flat()) {
    if (c === null || c === undefined || c === false) continue;
    e.append(c instanceof Node ? c : document.createTextNode(String(c)));
  }
  return e;
}

const SVG = 'http://www.w3.org/2000/svg';
function svg(tag, attrs, ...children) {
  const e = document.createElementNS(SVG, tag);
  for (const [k, v] of Object.entries(attrs || {})) if (v !== null && v !== undefined) e.setAttribute(k, v);
  for (const c of children.flat()) if (c !== null && c !== undefined) e.append(c instanceof Node ? c : document.createTextNode(String(c)));
  return e;
}

async function api(path, params) {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(params || {})) if (v !== null && v !== undefined && v !== '') q.set(k, v);
  const url = '/api/' + path + (q.toString() ? '?' + q : '');
  const res = await fetch(url);
  let body;
  try { body = await res.json(); } catch (e) { body = { error: res.status + ' ' + res.statusText }; }
  if (!res.ok) throw new Error(body.error || res.statusText);
  return body;
}

function message(text, isError) {
  $('message').textContent = text || '';
  $('message').className = 'message' + (isError ? ' error' : '');
}

const fmt = (n) => Number(n).toLocaleString('en');
const signed = (n) => (n > 0 ? '+' : '') + (Math.round(n * 100) / 100);
const safeUrl = (u) => (u && /^https?:\/\//i.test(u) ? u : null);

function articleRef(title, url, source, published) {
  const label = title || source || 'article';
  const href = safeUrl(url);
  return el('span', { class: 'source' },
    href ? el('a', { href, target: '_blank', rel: 'noopener noreferrer' }, label) : label,
    published ? ' · ' + published : '');
}

// ---------- header and pickers ----------

async function loadSummary() {
  const t = await api('summary');
  const items = [
    ['Articles', fmt(t.articles) + (t.failed ? ' (' + fmt(t.failed) + ' failed)' : '')],
    ['Events', fmt(t.events)], ['Reports', fmt(t.mentions)], ['Actors', fmt(t.actors)], ['Quotes', fmt(t.quotes)],
    ['Event dates', t.firstEvent ? t.firstEvent + ' – ' + t.lastEvent : '—'],
    ['Published', t.firstPublished ? t.firstPublished + ' – ' + t.lastPublished : '—']
  ];
  $('totals').replaceChildren(...items.map(([k, v]) => el('div', {}, el('dt', {}, k), el('dd', {}, v))));
}

async function loadDyads() {
  const dyads = await api('dyads');
  const codes = new Set();
  for (const d of dyads) {
    $('dyad-list').append(el('option', { value: d.a + '-' + d.b },
      d.a + ' – ' + d.b + '  (' + d.events + (d.events === 1 ? ' event' : ' events') + ')'));
    codes.add(d.a); codes.add(d.b);
  }
  $('codes').replaceChildren(...[...codes].sort().map((c) => el('option', { value: c })));
  return dyads;
}

async function loadTypes() {
  state.types = await api('types');
  for (const t of state.types) {
    state.typeInfo[t.type] = t;
    $('type-filter').append(el('option', { value: t.type }, t.type));
  }
}

// ---------- selection in the URL ----------

function readForm() {
  return {
    a: $('a').value.trim().toUpperCase(), b: $('b').value.trim().toUpperCase(),
    by: $('by').value, from: $('from').value, to: $('to').value
  };
}

function writeForm(s) {
  $('a').value = s.a || ''; $('b').value = s.b || '';
  $('by').value = s.by || 'month'; $('from').value = s.from || ''; $('to').value = s.to || '';
  const key = s.a && s.b ? [s.a, s.b].sort().join('-') : '';
  $('dyad-list').value = [...$('dyad-list').options].some((o) => o.value === key) ? key : '';
}

function fromHash() {
  const p = new URLSearchParams(location.hash.slice(1));
  return { a: p.get('a') || '', b: p.get('b') || '', by: p.get('by') || 'month', from: p.get('from') || '', to: p.get('to') || '' };
}

function toHash(s) {
  const p = new URLSearchParams();
  for (const k of ['a', 'b', 'by', 'from', 'to']) if (s[k]) p.set(k, s[k]);
  history.replaceState(null, '', '#' + p);
}

// ---------- timeline chart ----------

/** Periods to draw: long runs of empty periods collapse into one gap slot, so an outlying date cannot squash the chart. */
function slots(rows) {
  const out = [];
  const MAX_EMPTY = 4;
  let i = 0;
  while (i < rows.length) {
    if (rows[i].events > 0) { out.push({ row: rows[i] }); i++; continue; }
    let j = i;
    while (j < rows.length && rows[j].events === 0) j++;
    if (j - i > MAX_EMPTY) out.push({ gap: j - i, first: rows[i], last: rows[j - 1] });
    else for (let k = i; k < j; k++) out.push({ row: rows[k] });
    i = j;
  }
  return out;
}

function isCooperation(type) { return state.typeInfo[type] && state.typeInfo[type].weight > 0; }

function niceMax(v) {
  if (v <= 0) return 1;
  const p = Math.pow(10, Math.floor(Math.log10(v)));
  for (const m of [1, 2, 2.5, 5, 10]) if (m * p >= v) return m * p;
  return 10 * p;
}

function drawChart(tl) {
  const rows = tl.rows;
  const chart = $('chart');
  if (!rows.length) {
    chart.replaceChildren(el('p', { class: 'hint' }, 'No dated events between ' + tl.a + ' and ' + tl.b + ' in this range.'));
    $('legend').replaceChildren();
    return;
  }
  const S = slots(rows);
  const W = 1160, H = 340, m = { l: 48, r: 52, t: 14, b: 52 };
  const pw = W - m.l - m.r, ph = H - m.t - m.b;
  let maxCount = 0, maxScore = 0;
  for (const r of rows) {
    let coop = 0, conf = 0;
    for (const [t, n] of Object.entries(r.counts)) if (isCooperation(t)) coop += n; else conf += n;
    maxCount = Math.max(maxCount, coop, conf);
    maxScore = Math.max(maxScore, Math.abs(r.score));
  }
  const C = niceMax(maxCount), SC = niceMax(maxScore);
  const y0 = m.t + ph / 2;
  const yc = (n) => y0 - (n / C) * (ph / 2);       // counts: cooperation up, conflict down
  const ys = (s) => y0 - (s / SC) * (ph / 2);      // score on its own symmetric scale
  const step = pw / S.length, bw = Math.max(1, Math.min(38, step * 0.72));
  const root = svg('svg', { viewBox: `0 0 ${W} ${H}`, role: 'img', 'aria-label': 'Timeline of ' + tl.a + '–' + tl.b });

  // axes and grid
  const axis = svg('g', { class: 'axis' });
  for (const f of [-1, -0.5, 0, 0.5, 1]) {
    const y = y0 - f * ph / 2;
    axis.append(svg('line', { x1: m.l, x2: W - m.r, y1: y, y2: y }),
      svg('text', { x: m.l - 6, y: y + 4, 'text-anchor': 'end' }, fmt(Math.abs(f * C))),
      svg('text', { x: W - m.r + 6, y: y + 4 }, signed(f * SC)));
  }
  axis.append(svg('text', { x: 12, y: m.t + ph / 4, transform: `rotate(-90 12 ${m.t + ph / 4})`, 'text-anchor': 'middle' }, 'cooperation'),
    svg('text', { x: 12, y: m.t + 3 * ph / 4, transform: `rotate(-90 12 ${m.t + 3 * ph / 4})`, 'text-anchor': 'middle' }, 'conflict'),
    svg('text', { x: W - 10, y: m.t + ph / 2, transform: `rotate(90 ${W - 10} ${m.t + ph / 2})`, 'text-anchor': 'middle' }, 'score'));
  root.append(axis);

  // bars, one group per period
  const labelEvery = Math.max(1, Math.ceil(S.length / 24));
  const segments = [[]];   // the score line breaks at a collapsed gap: it says nothing about the periods inside
  S.forEach((s, i) => {
    const cx = m.l + step * (i + 0.5);
    if (s.gap) {
      segments.push([]);
      root.append(svg('g', { class: 'gap' },
        svg('line', { x1: cx, x2: cx, y1: m.t + 10, y2: H - m.b, stroke: '#c3cbd5', 'stroke-dasharray': '3 3' }),
        svg('text', { x: cx, y: H - m.b + 28, 'text-anchor': 'middle' }, '⋯ ' + s.gap + ' empty'),
        svg('title', {}, s.gap + ' periods without events: ' + s.first.period + ' to ' + s.last.period)));
      return;
    }
    const r = s.row;
    const g = svg('g', { class: 'period' + (state.period === r.period ? ' selected' : ''), 'data-period': r.period });
    g.append(svg('rect', { class: 'hover', x: cx - step / 2, y: m.t, width: step, height: ph, fill: 'transparent' }));
    let up = 0, down = 0;
    const parts = [];
    for (const t of state.types) {
      const n = r.counts[t.type] || 0;
      if (!n) continue;
      parts.push(t.type + ' ' + n);
      let y, h;
      if (t.weight > 0) { y = yc(up + n); h = yc(up) - y; up += n; } else { y = yc(-down); h = yc(-(down + n)) - y; down += n; }
      g.append(svg('rect', { x: cx - bw / 2, y, width: bw, height: Math.max(h, 0.5), fill: COLORS[t.type] }));
    }
    g.append(svg('title', {}, r.period + ': ' + r.events + (r.events === 1 ? ' event' : ' events') +
      (parts.length ? ' — ' + parts.join(', ') : '') + '\nscore ' + signed(r.score) +
      ' (cooperation ' + signed(r.cooperation) + ', conflict ' + signed(r.conflict) + ')'));
    g.addEventListener('click', () => selectPeriod(r));
    root.append(g);
    if (i % labelEvery === 0)
      root.append(svg('text', { class: 'axis', x: cx, y: H - m.b + 14, 'text-anchor': 'middle', 'font-size': 11, fill: '#5f6b7a' }, r.period));
    segments[segments.length - 1].push([cx, ys(r.score)]);
  });
  root.append(svg('line', { class: 'zero', x1: m.l, x2: W - m.r, y1: y0, y2: y0 }));
  for (const points of segments) {
    if (points.length > 1) root.append(svg('polyline', { class: 'score', points: points.map((p) => p.join(',')).join(' ') }));
    for (const [x, y] of points) root.append(svg('circle', { class: 'score-dot', cx: x, cy: y, r: 2.6 }));
  }
  chart.replaceChildren(root);

  // legend: only the types present, grouped by quad
  const present = state.types.filter((t) => rows.some((r) => r.counts[t.type] > 0));
  const byQuad = {};
  for (const t of present) (byQuad[t.quad] = byQuad[t.quad] || []).push(t);
  const legend = [];
  for (const [quad, ts] of Object.entries(byQuad)) {
    legend.push(el('span', {}, el('span', { class: 'quad' }, quad.toLowerCase() + ':'),
      ...ts.map((t) => el('span', { title: 'weight ' + signed(t.weight) },
        el('span', { class: 'sw', style: 'background:' + COLORS[t.type] }), t.type + ' '))));
  }
  legend.push(el('span', {}, '— score'));
  $('legend').replaceChildren(...legend);
}

/** The last day of a timeline period (periods are labelled by their first day's week, month or year). */
function periodEnd(start, by) {
  const d = new Date(start + 'T00:00:00Z');
  if (by === 'week') d.setUTCDate(d.getUTCDate() + 6);
  else if (by === 'month') { d.setUTCMonth(d.getUTCMonth() + 1); d.setUTCDate(0); }
  else { d.setUTCFullYear(d.getUTCFullYear() + 1); d.setUTCMonth(0); d.setUTCDate(0); }
  return d.toISOString().slice(0, 10);
}

function selectPeriod(row) {
  state.period = state.period === row.period ? null : row.period;
  state.periodRange = state.period ? [row.start, periodEnd(row.start, state.timeline.by)] : null;
  for (const g of document.querySelectorAll('.chart .period'))
    g.classList.toggle('selected', g.getAttribute('data-period') === state.period);
  loadEvents();
  loadQuotes();
}

// ---------- events ----------

function eventRange(s) {
  if (state.periodRange) return { from: state.periodRange[0], to: state.periodRange[1] };
  return { from: s.from, to: s.to };
}

function actorCell(name, text, country, code) {
  return el('span', { class: 'actor' }, el('span', { class: 'code' }, code || country || '?'), ' ', name || '',
    text && text !== name ? el('span', { class: 'text' }, '“' + text + '”') : null);
}

function typeBadge(type) {
  return el('span', { class: 'badge', style: 'background:' + (COLORS[type] || '#777'),
    title: state.typeInfo[type] ? state.typeInfo[type].quad.toLowerCase() + ', weight ' + signed(state.typeInfo[type].weight) : '' }, type);
}

async function loadEvents() {
  const s = readForm();
  const chip = $('period-filter');
  chip.hidden = !state.period;
  chip.textContent = state.period ? state.period + ' ✕' : '';
  const tbody = $('events').querySelector('tbody');
  const dir = $('direction').value;
  const sides = dir === 'ba' ? { a: s.b, b: s.a, directed: true } : { a: s.a, b: s.b, directed: dir === 'ab' };
  const place = window.DyadMap ? DyadMap.selected() : null;
  const body = await api('events', { ...sides, ...eventRange(s), type: $('type-filter').value, factuality: $('fact-filter').value,
    place: place ? place.country : '' });
  $('events-count').textContent = body.total > body.events.length
    ? 'showing ' + fmt(body.events.length) + ' of ' + fmt(body.total) : fmt(body.total) + (body.total === 1 ? ' event' : ' events');
  const rows = [];
  for (const e of body.events) {
    const win = e.date_from && e.date_to && (e.date_from !== e.date_to || e.date_from !== e.date)
      ? el('span', { class: 'window', title: 'the event date window' }, e.date_from === e.date_to ? e.date_from : e.date_from + ' … ' + e.date_to) : null;
    const tr = el('tr', { class: 'event', tabindex: 0 },
      el('td', { class: 'nowrap' }, e.date || 'undated', win),
      el('td', {}, actorCell(e.source_name, e.source_text, e.source_country, e.source_code), el('div', { class: 'window' }, '→'),
        actorCell(e.target_name, e.target_text, e.target_country, e.target_code)),
      el('td', {}, typeBadge(e.type)),
      el('td', { class: 'code' }, e.cameo || ''),
      el('td', { class: 'fact-' + e.factuality }, e.factuality || '—'),
      el('td', { class: 'num' }, e.confidence === null ? '' : e.confidence.toFixed(2)),
      el('td', { class: 'num', title: e.articles + (e.articles === 1 ? ' article' : ' articles') }, e.mentions),
      el('td', { class: 'evidence' }, e.evidence || '', window.DyadMap ? DyadMap.placeLine(e) : null,
        articleRef(e.article_title, e.article_url, e.article_source, e.article_published)));
    tr.setAttribute('data-id', e.id);
    if (place && place.ids && place.ids.includes(String(e.id))) tr.classList.add('at-place');
    const toggle = () => toggleMentions(tr, e);
    tr.addEventListener('click', toggle);
    tr.addEventListener('keydown', (ev) => { if (ev.key === 'Enter') toggle(); });
    rows.push(tr);
  }
  if (!rows.length) rows.push(el('tr', {}, el('td', { colspan: 8, class: 'hint' }, 'No events for this selection.')));
  tbody.replaceChildren(...rows);
  if (window.DyadMap) DyadMap.afterEvents();
}

async function toggleMentions(tr, e) {
  const next = tr.nextElementSibling;
  if (next && next.classList.contains('detail')) { next.remove(); tr.classList.remove('open'); return; }
  tr.classList.add('open');
  const cell = el('td', { colspan: 8 }, 'Loading reports …');
  tr.after(el('tr', { class: 'detail' }, cell));
  try {
    const ms = await api('events/' + encodeURIComponent(e.id) + '/mentions');
    cell.replaceChildren(el('ul', { class: 'mentions' }, ms.map((m) => el('li', {},
      el('div', {}, m.evidence || ''),
      el('div', { class: 'meta' }, typeBadge(m.type), ' ', el('span', { class: 'code' }, m.cameo || ''), ' · ',
        (m.source_text || m.source_name || '?') + ' → ' + (m.target_text || m.target_name || '?'), ' · ',
        m.factuality || '—', ' · window ', m.date_from ? (m.date_from === m.date_to ? m.date_from : m.date_from + ' … ' + m.date_to) : 'undated',
        ' · confidence ', m.confidence === null ? '—' : m.confidence.toFixed(2)),
      articleRef(m.article_title, m.article_url, m.article_source, m.published)))));
  } catch (err) {
    cell.textContent = 'Cannot load the reports: ' + err.message;
  }
}

// ---------- quotes ----------

async function loadQuotes() {
  const s = readForm();
  const body = await api('quotes', { a: s.a, b: s.b, ...eventRange(s), scope: $('quote-scope').value });
  $('quotes-count').textContent = fmt(body.quotes.length) + (body.quotes.length === 1 ? ' quote' : ' quotes');
  const items = body.quotes.map((q) => el('li', {},
    el('blockquote', {}, '“' + q.quote + '”'),
    el('div', { class: 'meta' }, el('span', { class: 'who' }, q.speaker || 'unattributed'), ' ',
      el('span', { class: 'code' }, [q.country, q.sector].filter(Boolean).join(' '))),
    articleRef(q.article_title, q.article_url, q.article_source, q.published)));
  if (!items.length) items.push(el('li', { class: 'hint' }, 'No quotes by ' + s.a + ' or ' + s.b + ' speakers here.'));
  $('quotes').replaceChildren(...items);
}

// ---------- the whole view ----------

async function show() {
  const s = readForm();
  if (!s.a || !s.b) { message('Pick a dyad, or type two country codes.'); return; }
  toHash(s);
  state.period = null; state.periodRange = null;
  const dirs = $('direction').options;
  if (dirs.length === 3) { dirs[1].textContent = s.a + ' → ' + s.b; dirs[2].textContent = s.b + ' → ' + s.a; }
  message('Loading ' + s.a + '–' + s.b + ' …');
  try {
    const tl = await api('timeline', s);
    state.timeline = tl;
    $('timeline-title').textContent = tl.a + ' – ' + tl.b + ': ' + fmt(tl.events) + ' dated events by ' + tl.by;
    for (const id of ['timeline-section', 'map-section', 'events-section', 'quotes-section']) $(id).hidden = false;
    drawChart(tl);
    if (window.DyadMap) DyadMap.clear();
    await Promise.all([loadEvents(), loadQuotes(),
      window.DyadMap ? DyadMap.load({ a: s.a, b: s.b, from: s.from, to: s.to }, loadEvents) : null]);
    message('');
  } catch (err) {
    message(err.message, true);
  }
}

async function init() {
  try {
    await Promise.all([loadSummary(), loadTypes()]);
    const dyads = await loadDyads();
    let s = fromHash();
    if (!s.a && dyads.length) s = { ...s, a: dyads[0].a, b: dyads[0].b };
    writeForm(s);
    if (s.a && s.b) await show();
    else message('The store has no events between two known countries yet: run dyad ingest first.');
  } catch (err) {
    message(err.message, true);
  }
}

$('controls').addEventListener('submit', (ev) => { ev.preventDefault(); show(); });
$('dyad-list').addEventListener('change', () => {
  const v = $('dyad-list').value;
  if (!v) return;
  const [a, b] = v.split('-');
  $('a').value = a; $('b').value = b;
  show();
});
$('by').addEventListener('change', show);
$('type-filter').addEventListener('change', () => loadEvents().catch((e) => message(e.message, true)));
$('fact-filter').addEventListener('change', () => loadEvents().catch((e) => message(e.message, true)));
$('direction').addEventListener('change', () => loadEvents().catch((e) => message(e.message, true)));
$('quote-scope').addEventListener('change', () => loadQuotes().catch((e) => message(e.message, true)));
$('period-filter').addEventListener('click', () => { if (state.timeline && state.period) {
  const row = state.timeline.rows.find((r) => r.period === state.period); if (row) selectPeriod(row); } });
init();
