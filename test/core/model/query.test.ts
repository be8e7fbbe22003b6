import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadDocumentFromText } from '../../../server/src/core/engine/loadDocument';
import { dictsInOrder, documentDicts, walk } from '../../../server/src/core/model/query';
import type { DictNode } from '../../../server/src/core/model/plist';

const TEXT = `<plist version="1.0"><dict>
  <key>a</key><dict><key>b</key><array><dict/><string>x</string><array><dict><key>c</key><dict/></dict></array></array></dict>
  <key>d</key><dict/>
</dict></plist>`;

test('dictsInOrder lists the dicts in the order walk() visits them', () => {
  const doc = loadDocumentFromText('Q.plist', TEXT);
  const walked: DictNode[] = [];
  walk(doc.root, (n) => void (n.kind === 'dict' && walked.push(n)));
  assert.equal(walked.length, 6);
  assert.deepEqual(dictsInOrder(doc.root), walked);
  assert.equal(documentDicts(doc), documentDicts(doc));
  assert.deepEqual(documentDicts(doc), walked);
});
