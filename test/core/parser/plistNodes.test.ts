/** copyNode: a copy keeps its class and reads the same element as the original, made or not yet made. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parsePlistText } from '../../../server/src/core/parser/parsePlist';
import { copyNode, DictNodeImpl } from '../../../server/src/core/parser/plistNodes';
import { isDict } from '../../../server/src/core/model/plist';

const TEXT =
  '<plist version="1.0">\n<dict>\n\t<key>a</key>\n\t<string>x</string>\n\t<key>b</key>\n\t<true/>\n</dict>\n</plist>\n';

test('a copy of a node whose element is not made yet reads the original element', () => {
  const doc = parsePlistText(TEXT, '/x/A.plist');
  assert.ok(isDict(doc.root));
  const copy = copyNode(doc.root, { entries: doc.root.entries.slice(1) });
  assert.ok(copy instanceof DictNodeImpl);
  assert.equal(copy.entries.length, 1);
  assert.equal(doc.root.entries.length, 2);
  assert.equal(copy.element, doc.root.element);
  assert.equal(copy.element.name, 'dict');
  assert.deepEqual([copy.element.open.start, copy.element.close?.end], [22, 93]);
});

test('a copy of a node whose element exists has that element; a replaced element is used as given', () => {
  const doc = parsePlistText(TEXT, '/x/A.plist');
  assert.ok(isDict(doc.root));
  const el = doc.root.element;
  assert.equal(copyNode(doc.root, {}).element, el);
  const other = doc.root.entries[0].value!.element;
  assert.equal(copyNode(doc.root, { element: other }).element, other);
});
