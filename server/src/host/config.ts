/**
 * Finding and loading nelint.json / .nelintrc.json: `--project FILE`, else the nearest one in the file's
 * directory or an ancestor. Loaded once per directory.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import type { NelintConfig } from '../core/project/config';
import { parseConfig } from '../core/project/parseConfig';

export interface LoadedConfig {
  config: NelintConfig;
  dir: string;
  path: string;
}

export class ConfigLoadError extends Error {}

const NAMES = ['nelint.json', '.nelintrc.json'];

export function loadConfigFile(path: string): LoadedConfig {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (e) {
    throw new ConfigLoadError(`cannot read ${path}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`);
  }
  const parsed = parseConfig(text);
  if (!parsed.config) {
    throw new ConfigLoadError(`${path}: ${parsed.errors.map((e) => `${e.path} ${e.message}`).join('; ')}`);
  }
  return { config: parsed.config, dir: dirname(resolve(path)), path: resolve(path) };
}

export class ConfigFinder {
  private readonly byDir = new Map<string, LoadedConfig | null>();

  constructor(private readonly explicit?: LoadedConfig) {}

  /** Forget cached lookups (a nelint.json was created, changed or deleted). */
  clear(): void {
    this.byDir.clear();
  }

  /** The config that applies to `file` (throws ConfigLoadError for an invalid one). */
  forFile(file: string): LoadedConfig | undefined {
    if (this.explicit) return this.explicit;
    return this.forDir(dirname(resolve(file))) ?? undefined;
  }

  forDir(dir: string): LoadedConfig | null {
    const hit = this.byDir.get(dir);
    if (hit !== undefined) return hit;
    let found: LoadedConfig | null = null;
    const candidate = NAMES.map((n) => join(dir, n)).find((p) => existsSync(p));
    if (candidate) found = loadConfigFile(candidate);
    else {
      const parent = dirname(dir);
      if (parent !== dir) found = this.forDir(parent);
    }
    this.byDir.set(dir, found);
    return found;
  }
}
