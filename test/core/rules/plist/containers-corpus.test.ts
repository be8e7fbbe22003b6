import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { loadDocumentFromBytes } from '../../../../server/src/core/engine/loadDocument';
import { validateDocument } from '../../../../server/src/core/engine/validate';
import { sharedDir } from '../../../helpers/shared';

interface ManifestEntry {
  file: string;
}

/** Every corpus file loads from its bytes; N80 never fires; N79 fires exactly on the CMS-signed profile(s). */
test('corpus: containers decode, N79 only on signed/binary files, no N80', (t) => {
  const dir = sharedDir(t, 'corpus');
  if (!dir) return;
  const manifest = JSON.parse(readFileSync(path.join(dir, 'manifest.json'), 'utf8')) as ManifestEntry[];
  assert.ok(manifest.length > 100);
  const decoded: string[] = [];
  for (const { file } of manifest) {
    const bytes = new Uint8Array(readFileSync(path.join(dir, 'files', file)));
    const doc = loadDocumentFromBytes(file, bytes);
    const diags = validateDocument(doc);
    assert.deepEqual(
      diags.filter((d) => d.code === 'plist/unreadable-container').map((d) => d.message),
      [],
      file,
    );
    const n79 = diags.filter((d) => d.code === 'plist/decoded-container');
    assert.equal(n79.length, doc.container === 'xml' ? 0 : 1, file);
    if (n79.length) decoded.push(file);
  }
  assert.deepEqual(decoded, ['mullvad__encrypted-dns-profiles/base__mullvad-encrypted-dns-https-base.mobileconfig']);
});
