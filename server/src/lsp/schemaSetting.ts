/**
 * `nelint.schemaPath`: profiles are checked against the schema of an apple/device-management checkout the user
 * points at (a release newer than the bundled one) instead of the bundled table. Applied when the setting changes;
 * a path that cannot be used falls back to the bundled table with a warning that says why.
 */
import { homedir } from 'node:os';
import { isAbsolute, join } from 'node:path';
import { SCHEMA_RELEASE, schemaRelease, useSchemaTable } from '../core/knowledge/profileSchema';
import { readSchemaCheckout } from '../host/schemaCheckout';

export interface SchemaSettingResult {
  /** What the log gets. */
  log: string;
  /** A warning for the user, when the path could not be used. */
  warning?: string;
}

function expandHome(path: string): string {
  return path === '~' || path.startsWith('~/') ? join(homedir(), path.slice(1)) : path;
}

/** Tracks the path in use so that only a change of the setting re-reads a checkout (~1 s for Apple's files). */
export class SchemaSetting {
  private applied: string | undefined;

  /** Applies `path` (empty/undefined: the bundled table); undefined when nothing changed. */
  apply(path: string | undefined): SchemaSettingResult | undefined {
    const wanted = path?.trim() || undefined;
    if (wanted === this.applied) return undefined;
    this.applied = wanted;
    if (!wanted) {
      useSchemaTable(undefined);
      return { log: `profile schema: bundled (${SCHEMA_RELEASE})` };
    }
    const dir = expandHome(wanted);
    try {
      if (!isAbsolute(dir)) throw new Error('the path must be absolute (or start with ~/)');
      useSchemaTable(readSchemaCheckout(dir));
      return { log: `profile schema: ${schemaRelease()}` };
    } catch (e) {
      useSchemaTable(undefined);
      const why = e instanceof Error ? e.message : String(e);
      const warning = `nelint.schemaPath "${wanted}" cannot be used (${why}); profiles are checked against the bundled schema (${SCHEMA_RELEASE}).`;
      return { log: warning, warning };
    }
  }
}
