/** Paths in reports: files under the working directory are shown relative to it, like the paths users type. */
import { isAbsolute, relative, sep } from 'node:path';

export function displayPath(p: string, cwd = process.cwd()): string {
  if (!isAbsolute(p)) return p;
  const rel = relative(cwd, p);
  return rel && !rel.startsWith('..') && !isAbsolute(rel) ? rel.split(sep).join('/') : p;
}
