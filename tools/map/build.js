// Builds the web page's offline world outline (src/main/resources/org/dyad/web/static/world.json) from
// the npm package world-atlas@2.0.2 (Natural Earth 1:110m admin-0 countries, public domain; TopoJSON by
// Mike Bostock, ISC) and iso3166-2-db@2.3.11 (ISO numeric -> alpha-3 codes).
// Run once when the outline should be refreshed (the Maven build never runs it):
//   cd tools/map && npm install world-atlas@2.0.2 iso3166-2-db@2.3.11 && node build.js
// Output: {"credit", "countries": [{"id": alpha-3 or "", "name", "d": SVG path}]} in an equirectangular
// frame of 360 x 180 units (x = longitude + 180, y = 90 - latitude), rounded to 0.1 unit; Antarctica left out.
const fs = require('fs'), path = require('path');
const topo = require('world-atlas/countries-110m.json');
const iso = require('iso3166-2-db/data/iso3166-2.json');
const byNumeric = {};
for (const c of Object.values(iso)) if (c.numeric) byNumeric[String(c.numeric).padStart(3, '0')] = c.iso3;
byNumeric['-99'] = ''; byNumeric['732'] = byNumeric['732'] || 'ESH'; byNumeric['540'] = byNumeric['540'] || 'NCL';

const [sx, sy] = topo.transform.scale, [tx, ty] = topo.transform.translate;
const arcs = topo.arcs.map(arc => {   // delta-decoded, quantisation undone
  let x = 0, y = 0;
  return arc.map(([dx, dy]) => { x += dx; y += dy; return [x * sx + tx, y * sy + ty]; });
});
const arcPoints = i => i >= 0 ? arcs[i] : arcs[~i].slice().reverse();
const r = v => Math.round(v * 10) / 10;
function ring(indexes) {
  let pts = [];
  for (const i of indexes) { const a = arcPoints(i); pts = pts.concat(pts.length ? a.slice(1) : a); }
  let d = '', last = '', lastLon = null, jumped = false;
  pts.forEach(([lon, lat], k) => {
    const p = r(lon + 180) + ' ' + r(90 - lat);
    if (p === last) return;
    // a ring that runs along the antimeridian would draw a line across the whole map: lift the pen
    const jump = lastLon !== null && Math.abs(lon - lastLon) > 180;
    jumped = jumped || jump;
    d += (k === 0 || jump ? 'M' : 'L') + p; last = p; lastLon = lon;
  });
  return jumped ? d : d + 'Z';
}
const countries = topo.objects.countries.geometries.filter(g => g.properties.name !== 'Antarctica').map(g => {
  const polys = g.type === 'Polygon' ? [g.arcs] : g.type === 'MultiPolygon' ? g.arcs : [];
  const d = polys.map(p => p.map(ring).join('')).join('');
  return { id: byNumeric[g.id] || (g.properties.name === 'Kosovo' ? 'XKX' : ''), name: g.properties.name, d };
});
const out = path.join(__dirname, '../../src/main/resources/org/dyad/web/static/world.json');
fs.writeFileSync(out, JSON.stringify({
  credit: 'Made with Natural Earth (public domain), via world-atlas 2.0.2',
  width: 360, height: 180, countries }));
console.log(countries.length + ' countries, ' + fs.statSync(out).size + ' bytes; without code: ' +
  countries.filter(c => !c.id).map(c => c.name).join(', '));
