/** Where the bundled rule docs are: `docs/rules` next to `dist/` (bundle) or at the repo root (sources). */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

export function bundledDocsBase(): string {
  const candidates = [join(__dirname, '..', 'docs', 'rules'), join(__dirname, '..', '..', '..', 'docs', 'rules')];
  const dir = candidates.find((d) => existsSync(d)) ?? candidates[0];
  return pathToFileURL(dir).href;
}
