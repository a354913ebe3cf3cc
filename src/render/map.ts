/**
 * The map, drawn at build time: country outlines from world-atlas (TopoJSON) projected with d3-geo
 * into SVG path strings, fitted to the document's places, so the page needs no map library, tile
 * server or network. Marks are positioned here too; the client only toggles classes.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { geoMercator, geoNaturalEarth1, geoPath, type GeoProjection } from 'd3-geo';
import { feature } from 'topojson-client';
import type { Topology, GeometryCollection } from 'topojson-specification';
import type { FeatureCollection, Geometry } from 'geojson';
import { escapeHtml } from './escape.js';
import type { PlaceMark } from './model.js';

export const MAP_WIDTH = 640;
export const MAP_HEIGHT = 420;
const PADDING = 28;

type Resolution = '110m' | '50m';

const require = createRequire(import.meta.url);

function countries(resolution: Resolution): FeatureCollection<Geometry, { name?: string }> {
  const path = require.resolve(`world-atlas/countries-${resolution}.json`);
  const topology = JSON.parse(readFileSync(path, 'utf8')) as Topology<{ countries: GeometryCollection<{ name?: string }> }>;
  return feature(topology, topology.objects.countries) as FeatureCollection<Geometry, { name?: string }>;
}

/** Memoized per call site: a report build reads each resolution at most once. */
export class OutlineCache {
  private readonly loaded = new Map<Resolution, FeatureCollection<Geometry, { name?: string }>>();
  get(resolution: Resolution): FeatureCollection<Geometry, { name?: string }> {
    let value = this.loaded.get(resolution);
    if (!value) {
      value = countries(resolution);
      this.loaded.set(resolution, value);
    }
    return value;
  }
}

interface Extent {
  west: number;
  east: number;
  south: number;
  north: number;
}

/** The places' bounding box, widened to at least `minSpan` degrees so one city is not a blur. */
function extentOf(places: readonly PlaceMark[], minSpan = 8): Extent {
  const lons = places.map((p) => p.lon);
  const lats = places.map((p) => p.lat);
  let west = Math.min(...lons);
  let east = Math.max(...lons);
  let south = Math.min(...lats);
  let north = Math.max(...lats);
  const widen = (lo: number, hi: number): [number, number] => {
    const span = Math.max(minSpan, (hi - lo) * 1.25);
    const mid = (lo + hi) / 2;
    return [mid - span / 2, mid + span / 2];
  };
  [west, east] = widen(west, east);
  [south, north] = widen(south, north);
  return { west: Math.max(-180, west), east: Math.min(180, east), south: Math.max(-80, south), north: Math.min(84, north) };
}

function projectionFor(places: readonly PlaceMark[]): { projection: GeoProjection; resolution: Resolution } {
  const size: [[number, number], [number, number]] = [
    [PADDING, PADDING],
    [MAP_WIDTH - PADDING, MAP_HEIGHT - PADDING],
  ];
  if (places.length === 0) {
    const projection = geoNaturalEarth1().fitExtent(size, { type: 'Sphere' });
    return { projection, resolution: '110m' };
  }
  const e = extentOf(places);
  const frame = {
    type: 'Feature' as const,
    properties: {},
    geometry: { type: 'MultiPoint' as const, coordinates: [[e.west, e.south], [e.east, e.north], [e.west, e.north], [e.east, e.south]] },
  };
  const wide = e.east - e.west > 90;
  const projection = (wide ? geoNaturalEarth1() : geoMercator()).fitExtent(size, frame);
  return { projection, resolution: e.east - e.west > 40 ? '110m' : '50m' };
}

export interface ProjectedMark extends PlaceMark {
  x: number;
  y: number;
  radius: number;
}

export interface MapDrawing {
  /** SVG path data of the country outlines, one per country, clipped to the frame. */
  outlines: { name: string; d: string }[];
  marks: ProjectedMark[];
}

function radiusOf(place: PlaceMark): number {
  return Math.min(22, 4 + 3 * Math.sqrt(place.events + place.photos));
}

/** Projects the outlines and the marks for one document's places. */
export function drawMap(allPlaces: readonly PlaceMark[], cache: OutlineCache): MapDrawing {
  const places = allPlaces.filter((p) => Number.isFinite(p.lat) && Number.isFinite(p.lon) && Math.abs(p.lat) <= 90 && Math.abs(p.lon) <= 180);
  const { projection, resolution } = projectionFor(places);
  projection.clipExtent([
    [0, 0],
    [MAP_WIDTH, MAP_HEIGHT],
  ]);
  const path = geoPath(projection).digits(1);
  const outlines = cache
    .get(resolution)
    .features.map((f) => ({ name: f.properties?.name ?? '', d: path(f) ?? '' }))
    .filter((o) => o.d.length > 0);
  const marks: ProjectedMark[] = [];
  for (const place of places) {
    const point = projection([place.lon, place.lat]);
    if (!point || !Number.isFinite(point[0]) || !Number.isFinite(point[1])) continue;
    marks.push({ ...place, x: Math.round(point[0] * 10) / 10, y: Math.round(point[1] * 10) / 10, radius: radiusOf(place) });
  }
  // Big marks first so small ones stay clickable on top.
  marks.sort((a, b) => b.radius - a.radius || a.key.localeCompare(b.key));
  return { outlines, marks };
}

const PRECISION_CLASS: Record<number, string> = { 1: 'p1', 2: 'p2', 3: 'p3', 4: 'p4' };

/** The map SVG; each mark is a focusable button-like group carrying the place key. */
export function renderMapSvg(drawing: MapDrawing, title: string): string {
  const outlines = drawing.outlines.map((o) => `<path d="${o.d}"><title>${escapeHtml(o.name)}</title></path>`).join('');
  const marks = drawing.marks
    .map((m) => {
      const cls = PRECISION_CLASS[m.precision ?? 0] ?? 'p0';
      const label = `${m.name}${m.note ? ` (${m.note})` : ''}: ${m.events} event(s), ${m.photos} photo(s)`;
      const ring = m.precision && m.precision > 1 ? `<circle class="ring" r="${(m.radius + 4 * m.precision).toFixed(1)}"/>` : '';
      const anchor = m.x > MAP_WIDTH * 0.7 ? 'end' : 'start';
      const dx = anchor === 'end' ? -(m.radius + 4) : m.radius + 4;
      return (
        `<g class="place-mark item ${cls}" data-key="${escapeHtml(m.key)}"${m.mention ? ` data-start="${m.mention.start}" data-end="${m.mention.end}"` : ''} transform="translate(${m.x} ${m.y})" tabindex="0" role="button" aria-label="${escapeHtml(label)}">` +
        `${ring}<circle class="dot" r="${m.radius.toFixed(1)}"/>` +
        `<text class="place-label" x="${dx}" y="4" text-anchor="${anchor}">${escapeHtml(m.name)}</text><title>${escapeHtml(label)}</title></g>`
      );
    })
    .join('');
  return (
    `<svg class="map-svg" viewBox="0 0 ${MAP_WIDTH} ${MAP_HEIGHT}" role="img" aria-label="${escapeHtml(title)}" preserveAspectRatio="xMidYMid meet">` +
    `<rect class="sea" width="${MAP_WIDTH}" height="${MAP_HEIGHT}"/><g class="land">${outlines}</g><g class="marks">${marks}</g></svg>`
  );
}
