import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parsePlistText } from '../../../server/src/core/parser/parsePlist';
import {
  booleanXml,
  detectEol,
  detectIndentUnit,
  escapeXml,
  insertEntry,
  lineIndentAt,
  removeEntry,
  replaceContent,
  replaceElement,
} from '../../../server/src/core/rules/fixHelpers';
import { applyEdits } from '../../../server/src/core/text/edits';
import type { ArrayNode, DictNode, ScalarNode } from '../../../server/src/core/model/plist';
import type { TextEdit } from '../../../server/src/core/rules/types';

function doc(text: string) {
  return parsePlistText(text, 'x.plist');
}
function apply(text: string, edit: TextEdit): string {
  return applyEdits(text, [edit]);
}
function rootDict(text: string): DictNode {
  return doc(text).root as DictNode;
}

test('detectEol, detectIndentUnit, lineIndentAt, escapeXml', () => {
  assert.equal(detectEol('a\r\nb\n'), '\r\n');
  assert.equal(detectEol('a\nb'), '\n');
  assert.equal(detectEol('ab'), '\n');
  assert.equal(detectIndentUnit('<dict>\n  <key>a</key>\n    <x/>'), '  ');
  assert.equal(detectIndentUnit('<dict>\n\t<key>a</key>'), '\t');
  assert.equal(detectIndentUnit('<dict><key>a</key></dict>'), '\t');
  assert.equal(detectIndentUnit('<plist>\n<dict>\n    <key>a</key>'), '    ');
  assert.equal(lineIndentAt('a\n\t  <key>', 6), '\t  ');
  assert.equal(escapeXml('a<b>&c'), 'a&lt;b&gt;&amp;c');
});

test('replaceContent escapes and handles self-closing elements', () => {
  const text = '<plist><dict><key>a</key><string>old</string><key>b</key><string/></dict></plist>';
  const d = rootDict(text);
  assert.equal(
    apply(text, replaceContent(d.map.get('a')!.value as ScalarNode, 'x & y')),
    '<plist><dict><key>a</key><string>x &amp; y</string><key>b</key><string/></dict></plist>',
  );
  assert.equal(
    apply(text, replaceContent(d.map.get('b')!.value as ScalarNode, 'n')),
    '<plist><dict><key>a</key><string>old</string><key>b</key><string>n</string></dict></plist>',
  );
  assert.equal(
    apply(text, replaceContent(d.map.get('a')!.key, 'k')),
    '<plist><dict><key>k</key><string>old</string><key>b</key><string/></dict></plist>',
  );
  assert.equal(
    apply(text, replaceElement(d.map.get('a')!.value!, '<integer>1</integer>')),
    '<plist><dict><key>a</key><integer>1</integer><key>b</key><string/></dict></plist>',
  );
});

test('insertEntry: last entry, sibling indentation, file EOL, multi-line value re-indented', () => {
  const text = '<plist>\r\n<dict>\r\n    <key>a</key>\r\n    <string>x</string>\r\n</dict>\r\n</plist>\r\n';
  const d = doc(text);
  const out = apply(text, insertEntry(d, d.root as DictNode, 'B&C', '<array>\n\t<string>1</string>\n</array>'));
  assert.equal(
    out,
    '<plist>\r\n<dict>\r\n    <key>a</key>\r\n    <string>x</string>\r\n    <key>B&amp;C</key>\r\n    <array>\r\n        <string>1</string>\r\n    </array>\r\n</dict>\r\n</plist>\r\n',
  );
});

test('insertEntry into empty dicts: parent indentation + one unit', () => {
  const text = '<plist>\n<dict>\n\t<key>a</key>\n\t<dict/>\n\t<key>b</key>\n\t<dict>\n\t</dict>\n</dict>\n</plist>';
  const d = doc(text);
  const root = d.root as DictNode;
  assert.equal(
    apply(text, insertEntry(d, root.map.get('a')!.value as DictNode, 'k', '<true/>')),
    '<plist>\n<dict>\n\t<key>a</key>\n\t<dict>\n\t\t<key>k</key>\n\t\t<true/>\n\t</dict>\n\t<key>b</key>\n\t<dict>\n\t</dict>\n</dict>\n</plist>',
  );
  assert.equal(
    apply(text, insertEntry(d, root.map.get('b')!.value as DictNode, 'k', '<true/>')),
    '<plist>\n<dict>\n\t<key>a</key>\n\t<dict/>\n\t<key>b</key>\n\t<dict>\n\t\t<key>k</key>\n\t\t<true/>\n\t</dict>\n</dict>\n</plist>',
  );
});

test('insertEntry into a one-line dict stays on one line', () => {
  const text = '<plist><dict><key>a</key><string>x</string></dict></plist>';
  const d = doc(text);
  assert.equal(
    apply(text, insertEntry(d, d.root as DictNode, 'b', '<false/>')),
    '<plist><dict><key>a</key><string>x</string><key>b</key><false/></dict></plist>',
  );
});

test('removeEntry removes the key, the value and their now-empty lines', () => {
  const text =
    '<dict>\n\t<key>a</key>\n\t<string>x</string>\n\t<key>b</key>\n\t<array>\n\t\t<true/>\n\t</array>\n</dict>';
  const d = doc(text);
  const root = d.root as DictNode;
  assert.equal(
    apply(text, removeEntry(d, root.map.get('a')!)),
    '<dict>\n\t<key>b</key>\n\t<array>\n\t\t<true/>\n\t</array>\n</dict>',
  );
  assert.equal(
    apply(text, removeEntry(d, root.map.get('b')!)),
    '<dict>\n\t<key>a</key>\n\t<string>x</string>\n</dict>',
  );
  const one = '<dict><key>a</key><string>x</string><key>b</key><true/></dict>';
  const d1 = doc(one);
  assert.equal(apply(one, removeEntry(d1, (d1.root as DictNode).map.get('a')!)), '<dict><key>b</key><true/></dict>');
});

test('booleanXml keeps the file style', () => {
  assert.equal(booleanXml(doc('<plist><array><true /></array></plist>'), false), '<false />');
  assert.equal(booleanXml(doc('<plist><array><true/></array></plist>'), false), '<false/>');
  assert.equal(booleanXml(doc('<plist><array/></plist>'), true), '<true/>');
  const a = doc('<plist><array><true /></array></plist>').root as ArrayNode;
  assert.equal(a.items[0].kind, 'boolean');
});
