/**
 * Path arithmetic for the project model without `node:path` semantics that differ per OS: every path is kept
 * with forward slashes, `.`/`..` resolved, so paths from nelint.json, Xcode projects and editors compare equal.
 */

/** Forward slashes, no `.`/`..` segments, no trailing slash (a leading `/` or drive letter is kept). */
export function normalizePath(p: string): string {
  const s = p.replace(/\\/g, '/');
  const lead = /^([A-Za-z]:)?\//.exec(s)?.[0] ?? '';
  const out: string[] = [];
  for (const seg of s.slice(lead.length).split('/')) {
    if (seg === '' || seg === '.') continue;
    if (seg === '..' && out.length && out[out.length - 1] !== '..') out.pop();
    else if (seg !== '..' || !lead) out.push(seg);
  }
  return lead + out.join('/');
}

export function isAbsolutePath(p: string): boolean {
  return /^([A-Za-z]:)?[\\/]/.test(p);
}

/** `rel` resolved against directory `dir` (an absolute `rel` wins). */
export function joinPath(dir: string, rel: string): string {
  return normalizePath(isAbsolutePath(rel) ? rel : `${dir}/${rel}`);
}

export function dirOf(p: string): string {
  const n = normalizePath(p);
  const i = n.lastIndexOf('/');
  return i <= 0 ? (i === 0 ? '/' : '.') : n.slice(0, i);
}

export function baseName(p: string): string {
  const n = normalizePath(p);
  return n.slice(n.lastIndexOf('/') + 1);
}

/** `p` relative to `dir` when it lies below it, else undefined. */
export function relativeBelow(dir: string, p: string): string | undefined {
  const d = normalizePath(dir);
  const n = normalizePath(p);
  if (d === '' || d === '.') return n;
  return n.startsWith(d + '/') ? n.slice(d.length + 1) : undefined;
}
