/**
 * Locates the read-only material in `../shared` (next to the repo root). Tests that need it call
 * `sharedDir(t)`: when the folder is absent they print why and skip locally, but FAIL in CI.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import assert from 'node:assert/strict';

export const REPO_ROOT = path.resolve(__dirname, '../..');
export const SHARED_DIR = path.resolve(REPO_ROOT, '../shared');

interface Skippable {
  skip(message?: string): void;
}

/** Returns the absolute path of `../shared/<sub>` or undefined (after skipping `t`) when it is absent. */
export function sharedDir(t: Skippable, sub = ''): string | undefined {
  const dir = path.join(SHARED_DIR, sub);
  if (existsSync(dir)) return dir;
  const message = `shared material not found at ${dir} (expected ../shared next to the repo root)`;
  if (process.env.CI === 'true') assert.fail(message);
  console.warn(message);
  t.skip(message);
  return undefined;
}
