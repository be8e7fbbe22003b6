/**
 * The corpus guarantee (catalog §1.16) over the whole engine: no CLEAN or EDGE-CASE file of ../shared/corpus
 * gets a warning or an error from any rule — with no context, and with the manifest's platform/distribution given
 * as explicit context. Family tests assert which rules fire on MISTAKE files.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { sharedDir } from '../helpers/shared';
import { loadDocumentFromBytes } from '../../server/src/core/engine/loadDocument';
import { validateDocument } from '../../server/src/core/engine/validate';
import type { LintOptions } from '../../server/src/core/engine/types';

interface Entry {
  file: string;
  platform: string;
  distribution: string;
  notes: string;
}

function verdict(e: Entry): string {
  return /^\[([A-Z-]+)\]/.exec(e.notes)?.[1] ?? '';
}

function contexts(e: Entry): LintOptions[] {
  const explicit: LintOptions = {};
  if (['macos', 'ios'].includes(e.platform)) explicit.platform = e.platform as 'macos' | 'ios';
  if (['developer-id', 'app-store', 'development'].includes(e.distribution)) {
    explicit.distribution = e.distribution as LintOptions['distribution'];
  }
  return [{}, explicit];
}

test('no warning or error on CLEAN / EDGE-CASE corpus files, with and without the manifest context', (t) => {
  const dir = sharedDir(t, 'corpus');
  if (!dir) return;
  const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as Entry[];
  const offenders: string[] = [];
  let checked = 0;
  for (const e of manifest) {
    if (!['CLEAN', 'EDGE-CASE'].includes(verdict(e))) continue;
    const doc = loadDocumentFromBytes(join(dir, 'files', e.file), readFileSync(join(dir, 'files', e.file)));
    for (const options of contexts(e)) {
      const bad = validateDocument(doc, options).filter((d) => d.severity === 'error' || d.severity === 'warning');
      for (const d of bad) {
        offenders.push(`${e.file} [${JSON.stringify(options)}] ${d.code} @${d.range.start.line + 1}: ${d.message}`);
      }
    }
    checked++;
  }
  assert.ok(checked >= 100, `only ${checked} CLEAN/EDGE-CASE files found`);
  assert.deepEqual(offenders, []);
});

test('every corpus file is read without throwing and within the document', (t) => {
  const dir = sharedDir(t, 'corpus');
  if (!dir) return;
  const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as Entry[];
  for (const e of manifest) {
    const doc = loadDocumentFromBytes(e.file, readFileSync(join(dir, 'files', e.file)));
    for (const d of validateDocument(doc)) {
      assert.ok(d.start >= 0 && d.end <= doc.text.length && d.start <= d.end, `${e.file} ${d.code}`);
    }
  }
});
