/**
 * Reads a checkout of apple/device-management (its `mdm/profiles/*.yaml`) into nelint's schema table: for the
 * bundled table (scripts/generate-profile-schema.ts) and for `nelint.schemaPath` (the language server). The
 * conversion is core/knowledge/schemaTable.ts; this is the file-system and YAML side.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import YAML from 'yaml';
import type { SchemaTable, SchemaYamlFile } from '../core/knowledge/schemaTable';
import { schemaTableFromYaml } from '../core/knowledge/schemaTable';

/**
 * Apple's files use YAML aliases for shared key lists (a few hundred per file at most); a bound keeps a hostile
 * "checkout" from expanding an alias bomb. Apple's largest file needs far fewer.
 */
const MAX_ALIAS_COUNT = 20_000;
/** No profile YAML of Apple's is near this; a bigger file is not one. */
const MAX_FILE_BYTES = 4 * 1024 * 1024;

export class SchemaCheckoutError extends Error {
  // Read by the CLI, which loads this module lazily and so tells the error by name.
  override name = 'SchemaCheckoutError';
}

/** What names a checkout: the mirror's SNAPSHOT.txt, else its path and git HEAD. */
function labelOf(dir: string): { snapshot?: string; release?: string; commit?: string } {
  const snapshotFile = join(dir, 'SNAPSHOT.txt');
  if (existsSync(snapshotFile)) return { snapshot: readFileSync(snapshotFile, 'utf8') };
  const commit = gitHead(dir);
  return { release: `checkout ${dir}${commit ? ` (commit ${commit.slice(0, 12)})` : ''}`, commit };
}

/** The commit a git checkout is at, when it can be read without running git. */
function gitHead(dir: string): string | undefined {
  try {
    const head = readFileSync(join(dir, '.git', 'HEAD'), 'utf8').trim();
    if (/^[0-9a-f]{40}$/.test(head)) return head;
    const ref = /^ref: (refs\/[^\s]+)$/.exec(head)?.[1];
    if (!ref) return undefined;
    const value = readFileSync(join(dir, '.git', ref), 'utf8').trim();
    return /^[0-9a-f]{40}$/.test(value) ? value : undefined;
  } catch {
    return undefined;
  }
}

/**
 * The schema table of the checkout at `dir`. `fallback` names the release when the checkout says nothing (the
 * generator pins the bundled one). Throws SchemaCheckoutError with a message for the user when `dir` is not a
 * readable checkout.
 */
export function readSchemaCheckout(dir: string, fallback: { release?: string; commit?: string } = {}): SchemaTable {
  try {
    return read(resolve(dir), fallback);
  } catch (e) {
    // A file-system error (permissions, a file vanishing) says what went wrong as well as ours do.
    if (e instanceof SchemaCheckoutError) throw e;
    throw new SchemaCheckoutError(e instanceof Error ? e.message : String(e));
  }
}

function read(root: string, fallback: { release?: string; commit?: string }): SchemaTable {
  const profiles = join(root, 'mdm', 'profiles');
  if (!existsSync(profiles) || !statSync(profiles).isDirectory()) {
    throw new SchemaCheckoutError(`${profiles} not found: expected a checkout of apple/device-management`);
  }
  const files: SchemaYamlFile[] = [];
  for (const name of readdirSync(profiles).filter((f) => f.endsWith('.yaml'))) {
    const file = join(profiles, name);
    if (statSync(file).size > MAX_FILE_BYTES) {
      throw new SchemaCheckoutError(`${file} is too large for a profile schema`);
    }
    try {
      files.push({ name, doc: YAML.parse(readFileSync(file, 'utf8'), { maxAliasCount: MAX_ALIAS_COUNT }) as unknown });
    } catch (e) {
      throw new SchemaCheckoutError(`${file}: ${e instanceof Error ? e.message : String(e)}`);
    }
  }
  const label = labelOf(root);
  try {
    return schemaTableFromYaml(files, {
      snapshot: label.snapshot,
      release: label.release ?? fallback.release,
      commit: label.commit ?? fallback.commit,
    });
  } catch (e) {
    throw new SchemaCheckoutError(`${profiles}: ${e instanceof Error ? e.message : String(e)}`);
  }
}
