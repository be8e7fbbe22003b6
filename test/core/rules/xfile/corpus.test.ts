/** Catalog §1.16: xfile/ and provisioning/ rules never fire on the corpus (it has no project model). */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { sharedDir } from '../../../helpers/shared';
import { loadDocumentFromBytes } from '../../../../server/src/core/engine/loadDocument';
import { validateDocument } from '../../../../server/src/core/engine/validate';

test('no xfile/ or provisioning/ diagnostic on any corpus file', (t) => {
  const dir = sharedDir(t, 'corpus/files');
  if (!dir) return;
  const files = (readdirSync(dir, { recursive: true }) as string[]).filter((f) => statSync(path.join(dir, f)).isFile());
  assert.ok(files.length > 100);
  const hits: string[] = [];
  for (const f of files) {
    const doc = loadDocumentFromBytes(path.join(dir, f), readFileSync(path.join(dir, f)));
    for (const d of validateDocument(doc)) {
      if (d.code.startsWith('xfile/') || d.code.startsWith('provisioning/')) hits.push(`${f}: ${d.code}`);
    }
  }
  assert.deepEqual(hits, []);
});
