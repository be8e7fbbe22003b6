/**
 * Minimal glob matching for `nelint.json` `files` and `profiles` entries: `**`, `*`, `?`, `{a,b}` and
 * character classes. Paths are compared with forward slashes, relative to the config's directory.
 * Written here rather than pulled from npm because the core must stay dependency-free and tiny.
 */
const cache = new Map<string, RegExp>();

export function globToRegExp(glob: string): RegExp {
  const hit = cache.get(glob);
  if (hit) return hit;
  let re = '';
  let i = 0;
  let braces = 0;
  while (i < glob.length) {
    const c = glob[i];
    if (c === '*') {
      if (glob[i + 1] === '*') {
        // `**/` matches zero or more directories; a trailing `**` matches everything below.
        const slash = glob[i + 2] === '/';
        re += slash ? '(?:.*/)?' : '.*';
        i += slash ? 3 : 2;
        continue;
      }
      re += '[^/]*';
    } else if (c === '?') re += '[^/]';
    else if (c === '{') {
      braces++;
      re += '(?:';
    } else if (c === '}' && braces > 0) {
      braces--;
      re += ')';
    } else if (c === ',' && braces > 0) re += '|';
    else if (c === '[') {
      const close = glob.indexOf(']', i + 1);
      if (close < 0) re += '\\[';
      else {
        re +=
          '[' +
          glob
            .slice(i + 1, close)
            .replace(/^!/, '^')
            .replace(/\\/g, '\\\\') +
          ']';
        i = close;
      }
    } else re += c.replace(/[.+^$()|\\]/g, '\\$&');
    i++;
  }
  const out = new RegExp('^' + re + '$');
  cache.set(glob, out);
  return out;
}

export function matchGlob(glob: string, relativePath: string): boolean {
  const p = relativePath.replace(/\\/g, '/').replace(/^\.\//, '');
  const g = glob.replace(/\\/g, '/').replace(/^\.\//, '');
  // A pattern without a slash matches the base name anywhere (like .gitignore).
  if (!g.includes('/')) return globToRegExp(g).test(p.slice(p.lastIndexOf('/') + 1));
  return globToRegExp(g).test(p);
}
