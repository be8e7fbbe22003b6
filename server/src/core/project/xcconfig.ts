/**
 * Minimal `.xcconfig` reader for the Xcode provider: `KEY = value`, `#include "file"` / `#include? "file"`
 * (resolved against the including file, depth-bounded), `//` comments. Conditional settings (`KEY[sdk=…]`) are
 * ignored: nelint does not know which SDK/arch a build uses, and an unknown value is never judged (§1.6).
 */
import { dirOf, joinPath } from './paths';

export type ReadText = (path: string) => string | undefined;

export function readXcconfig(
  path: string,
  read: ReadText,
  depth = 0,
  out: Record<string, string> = {},
): Record<string, string> {
  if (depth > 10) return out;
  const text = read(path);
  if (text === undefined) return out;
  for (const rawLine of text.split(/\r?\n/)) {
    const line = rawLine.replace(/\/\/.*$/, '').trim();
    const inc = /^#include\??\s+"([^"]+)"/.exec(line);
    if (inc) {
      readXcconfig(joinPath(dirOf(path), inc[1]), read, depth + 1, out);
      continue;
    }
    const m = /^([A-Za-z_][A-Za-z0-9_]*)\s*=\s*(.*?);?$/.exec(line);
    if (m) out[m[1]] = m[2].replace(/\$\(inherited\)\s*/g, '').trim();
  }
  return out;
}
