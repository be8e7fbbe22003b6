/** Catalog §1.16: xfile/ and provisioning/ rules never fire on the corpus (it has no project model). */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { sharedDir } from '../../../helpers/shared';
import { loadDocumentFromBytes } from '../../../../server/src/core/engine/loadDocument';
import { validateWithProject } from '../../../../server/src/core/project/validateWithProject';
import { ProjectHost } from '../../../../server/src/host/project';

test('no xfile/ or provisioning/ diagnostic on any corpus file', (t) => {
  const dir = sharedDir(t, 'corpus/files');
  if (!dir) return;
  const files = (readdirSync(dir, { recursive: true }) as string[]).filter((f) => statSync(path.join(dir, f)).isFile());
  assert.ok(files.length > 100);
  const hits: string[] = [];
  const host = new ProjectHost();
  for (const f of files) {
    const file = path.join(dir, f);
    const doc = loadDocumentFromBytes(file, readFileSync(file));
    // Through the same project discovery as the CLI (bundle layout, Xcode, §1.10 directory association).
    for (const d of validateWithProject(doc, {}, host.implicitIndexFor(file), file)) {
      if (d.code.startsWith('xfile/') || d.code.startsWith('provisioning/')) hits.push(`${f}: ${d.code}`);
    }
  }
  assert.deepEqual(hits, []);
});
