/**
 * Which files `nelint check` lints: files named on the command line as they are, and inside directories the
 * default globs of catalog §1.4 (skipping node_modules, .git, build, DerivedData) plus what nelint.json names.
 */
import { readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { matchGlob } from '../core/text/glob';

export const DEFAULT_GLOBS = [
  '**/*.entitlements',
  '**/*Info*.plist*',
  '**/*.mobileconfig',
  '**/*.mobileprovision',
  '**/*.provisionprofile',
  '**/*entitlements*.plist*',
  '**/*entitlements*.xml',
];

const SKIPPED_DIRS = new Set(['node_modules', '.git', 'build', 'DerivedData']);

export interface Discovered {
  files: string[];
  /** Paths that do not exist or cannot be read. */
  missing: string[];
}

function wanted(rel: string, extraGlobs: string[]): boolean {
  return DEFAULT_GLOBS.some((g) => matchGlob(g, rel)) || extraGlobs.some((g) => matchGlob(g, rel));
}

function walk(root: string, extraGlobs: string[], out: string[]): void {
  // Explicit stack: deep trees must not overflow, and symlinked directories are not followed (no cycles).
  const stack = [root];
  while (stack.length) {
    const dir = stack.pop()!;
    let entries;
    try {
      entries = readdirSync(dir, { withFileTypes: true });
    } catch {
      continue;
    }
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (let i = entries.length - 1; i >= 0; i--) {
      const e = entries[i];
      const p = join(dir, e.name);
      if (e.isDirectory()) {
        // `.systemextension`, `.app`, `.appex` bundles are directories we do want to look into.
        if (!SKIPPED_DIRS.has(e.name)) stack.push(p);
      } else if (e.isFile() && wanted(relative(root, p).split('\\').join('/'), extraGlobs)) {
        out.push(p);
      }
    }
  }
}

export function discoverFiles(paths: string[], extraGlobs: (dir: string) => string[] = () => []): Discovered {
  const files: string[] = [];
  const missing: string[] = [];
  for (const p of paths) {
    let st;
    try {
      st = statSync(p);
    } catch {
      missing.push(p);
      continue;
    }
    if (st.isDirectory()) {
      const found: string[] = [];
      walk(p, extraGlobs(p), found);
      files.push(...found.sort());
    } else files.push(p);
  }
  return { files: [...new Set(files)], missing };
}
