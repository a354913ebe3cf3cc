// Copies non-TypeScript assets (JSON schema, data tables, report client files) next to the compiled code
// and marks the CLI executable, so `npx annalist` works right after `npm install`.
import { chmodSync, cpSync, existsSync, readdirSync, statSync } from 'node:fs';
import { join, extname } from 'node:path';

const ASSET_EXTENSIONS = new Set(['.json', '.css', '.html', '.txt', '.tsv']);

function copyAssets(from, to) {
  for (const name of readdirSync(from)) {
    const source = join(from, name);
    const target = join(to, name);
    if (statSync(source).isDirectory()) copyAssets(source, target);
    else if (ASSET_EXTENSIONS.has(extname(name))) cpSync(source, target);
  }
}

copyAssets('src', 'dist');
const cli = 'dist/cli/annalist.js';
if (existsSync(cli)) chmodSync(cli, 0o755);
