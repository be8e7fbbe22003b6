/**
 * Multi-file project fixtures: copies `test/fixtures/xfile/<name>` to a temporary folder, adds generated files
 * (e.g. CMS-signed provisioning profiles), and lints its files through the same path as the CLI.
 */
import { cpSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { loadConfigFile } from '../../server/src/host/config';
import { ProjectHost } from '../../server/src/host/project';
import { validateWithProject } from '../../server/src/core/project/validateWithProject';
import type { Diagnostic, LintOptions } from '../../server/src/core/engine/types';
import type { ProjectIndex } from '../../server/src/core/project/projectIndex';
import { applyEdits } from '../../server/src/core/text/edits';

export const FIXTURES = path.resolve(__dirname, '../fixtures/xfile');

export interface FixtureProject {
  dir: string;
  host: ProjectHost;
  index: ProjectIndex;
  abs(rel: string): string;
  text(rel: string): string;
  lint(rel: string, options?: LintOptions): Diagnostic[];
}

export function fixtureProject(
  name: string,
  extra: Record<string, string | Uint8Array> = {},
  now = new Date('2026-06-01T00:00:00Z'),
): FixtureProject {
  const dir = mkdtempSync(path.join(tmpdir(), `nelint-${name}-`));
  cpSync(path.join(FIXTURES, name), dir, { recursive: true });
  for (const [rel, content] of Object.entries(extra)) {
    mkdirSync(path.dirname(path.join(dir, rel)), { recursive: true });
    writeFileSync(path.join(dir, rel), content);
  }
  const config = loadConfigFile(path.join(dir, 'nelint.json'));
  const host = new ProjectHost(now);
  const index = host.indexFor(config);
  const abs = (rel: string) => path.join(dir, rel);
  return {
    dir,
    host,
    index,
    abs,
    text: (rel) => readFileSync(abs(rel), 'utf8'),
    lint: (rel, options = {}) => {
      const doc = host.load(abs(rel));
      if (!doc) throw new Error(`cannot load ${rel}`);
      return validateWithProject(
        doc,
        { config: { config: config.config, dir: config.dir }, now, ...options },
        index,
        abs(rel),
      );
    },
  };
}

export function only(diags: Diagnostic[], code: string): Diagnostic[] {
  return diags.filter((d) => d.code === code);
}

/** Text after applying a fix's edits to its own document. */
export function applyOwn(text: string, d: Diagnostic, fixIndex = 0): string {
  return applyEdits(text, d.fixes[fixIndex].edits);
}
