// Regenerates country-centres.tsv from the installed world-atlas (countries-50m, Natural Earth,
// public domain): each country's centre is the centroid of its largest polygon, so overseas parts
// don't pull it away. Computing this at start-up cost a third of the gazetteer's load time.
//   node src/places/data/build-country-centres.mjs > src/places/data/country-centres.tsv
import { createRequire } from 'node:module';
import { geoArea, geoCentroid } from 'd3-geo';
import { feature } from 'topojson-client';

const require = createRequire(import.meta.url);
const topology = require('world-atlas/countries-50m.json');

function largestPolygon(geometry) {
  if (geometry.type === 'Polygon') return geometry;
  let best = { type: 'Polygon', coordinates: geometry.coordinates[0] ?? [] };
  let bestArea = -1;
  for (const rings of geometry.coordinates) {
    const polygon = { type: 'Polygon', coordinates: rings };
    const area = geoArea(polygon);
    if (area > bestArea) [best, bestArea] = [polygon, area];
  }
  return best;
}

const round = (value) => Math.round(value * 1e5) / 1e5;
const lines = ['numeric\tname\tlat\tlon'];
for (const shape of feature(topology, topology.objects.countries).features) {
  if (shape.id === undefined || !shape.geometry) continue;
  const [lon, lat] = geoCentroid(largestPolygon(shape.geometry));
  lines.push([String(shape.id).padStart(3, '0'), shape.properties.name, round(lat), round(lon)].join('\t'));
}
process.stdout.write(lines.join('\n') + '\n');
