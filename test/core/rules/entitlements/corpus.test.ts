import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { sharedDir } from '../../../helpers/shared';
import { loadDocumentFromBytes } from '../../../../server/src/core/engine/loadDocument';
import { validateDocument } from '../../../../server/src/core/engine/validate';
import type { LintOptions } from '../../../../server/src/core/engine/types';

interface Entry {
  file: string;
  platform: string;
  distribution: string;
  notes: string;
}

const PLATFORMS = ['macos', 'ios', 'tvos', 'visionos'];
const DISTRIBUTIONS = ['developer-id', 'app-store', 'development'];

/** Corpus files the catalog expects an entitlements rule to fire on (with or without context). */
const EXPECTED: Record<string, string[]> = {
  'zeek__zeek-agent-v2/src__platform__darwin__ZeekAgent.app__entitlements.plist.app': [
    'entitlements/app-group-invalid-format',
  ],
  'zeek__zeek-agent-v2/src__platform__darwin__ZeekAgent.app__entitlements.plist.agent': [
    'entitlements/app-group-invalid-format',
  ],
};

function entitlementsFindings(dir: string, e: Entry, withContext: boolean) {
  const options: LintOptions = {};
  if (withContext && PLATFORMS.includes(e.platform)) options.platform = e.platform as LintOptions['platform'];
  if (withContext && DISTRIBUTIONS.includes(e.distribution)) {
    options.distribution = e.distribution as LintOptions['distribution'];
  }
  const bytes = readFileSync(path.join(dir, 'files', e.file));
  const doc = loadDocumentFromBytes(e.file, new Uint8Array(bytes));
  return validateDocument(doc, options).filter((d) => d.code.startsWith('entitlements/'));
}

test('entitlements rules on the corpus: nothing on CLEAN/EDGE-CASE, the expected codes on the named MISTAKE files', (t) => {
  const dir = sharedDir(t, 'corpus');
  if (!dir) return;
  const manifest = JSON.parse(readFileSync(path.join(dir, 'manifest.json'), 'utf8')) as Entry[];
  for (const e of manifest) {
    const clean = /^\[(CLEAN|EDGE-CASE)\]/.test(e.notes);
    for (const withContext of [false, true]) {
      const found = entitlementsFindings(dir, e, withContext);
      const loud = found.filter((d) => d.severity === 'error' || d.severity === 'warning');
      if (clean) {
        assert.deepEqual(
          loud.map((d) => d.code),
          [],
          `${e.file} (context: ${withContext})`,
        );
      }
      const expected = EXPECTED[e.file];
      if (expected) assert.deepEqual([...new Set(loud.map((d) => d.code))].sort(), expected, e.file);
      else {
        assert.deepEqual(
          loud.map((d) => d.code),
          [],
          `${e.file} (context: ${withContext})`,
        );
      }
    }
  }
});
