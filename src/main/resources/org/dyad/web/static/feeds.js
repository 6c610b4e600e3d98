// Newest events and the watched feeds' last status (dyad watch). Loaded after app.js, whose helpers
// (el, api, fmt, safeUrl, typeBadge) it uses; kept in its own file so the main page script stays as it is.
'use strict';

const NEWS_REFRESH_MS = 60000;

function stamp(ts) {
  // the API writes timestamps as ISO local date-times; minutes are enough here
  return ts ? String(ts).replace('T', ' ').slice(0, 16) : '—';
}

function latestRow(e) {
  const href = safeUrl(e.article_url);
  const who = (e.source_name || e.source_country || '?') + ' → ' + (e.target_name || e.target_country || '?');
  return el('tr', {},
    el('td', {}, stamp(e.stored_at)),
    el('td', {}, e.event_date || '—'),
    el('td', {}, who, el('span', { class: 'source' }, ' ' + (e.dyad || ''))),
    el('td', {}, typeBadge(e.type)),
    el('td', {}, e.sentence || '', ' ',
      href ? el('a', { href, target: '_blank', rel: 'noopener noreferrer', class: 'source' }, e.article_title || 'article')
           : el('span', { class: 'source' }, e.article_title || e.article_id || '')));
}

function feedRow(f) {
  const href = safeUrl(f.url);
  const ok = f.status === 'ok' || f.status === 'not-modified';
  return el('tr', { class: ok ? null : 'feed-problem' },
    el('td', {}, href ? el('a', { href, target: '_blank', rel: 'noopener noreferrer' }, f.name || f.url) : (f.name || f.url)),
    el('td', {}, f.status + (f.http ? ' (' + f.http + ')' : '')),
    el('td', {}, stamp(f.last_polled)),
    el('td', { class: 'num' }, f.items === null || f.items === undefined ? '—' : fmt(f.items)),
    el('td', { class: 'num' }, fmt(f.new_articles || 0)),
    el('td', { class: 'num' }, fmt(f.articles || 0)),
    el('td', {}, (f.error || '') + (f.retrying ? ' · ' + f.retrying + ' item(s) to retry' : '')
      + (f.failures_in_row > 1 ? ' · failed ' + f.failures_in_row + ' polls in a row' : '')));
}

async function loadNews() {
  const [latest, feeds] = await Promise.all([api('latest', { limit: 30 }), api('feeds')]);
  $('latest').tBodies[0].replaceChildren(...latest.map(latestRow));
  $('latest-count').textContent = latest.length ? latest.length + ' newest' : 'no events stored yet';
  $('feeds').tBodies[0].replaceChildren(...feeds.map(feedRow));
  const failing = feeds.filter((f) => f.status !== 'ok' && f.status !== 'not-modified').length;
  $('feeds-count').textContent = fmt(feeds.length) + ' feeds' + (failing ? ', ' + fmt(failing) + ' with a problem' : '');
  $('feeds-block').hidden = feeds.length === 0;
  $('news-section').hidden = latest.length === 0 && feeds.length === 0;
}

function refreshNews() {
  loadNews().catch((err) => message(err.message, true));
}

refreshNews();
setInterval(refreshNews, NEWS_REFRESH_MS);
