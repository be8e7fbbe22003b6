import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parsePlistText } from '../../../server/src/core/parser/parsePlist';
import type { DictNode, PlistNode, ScalarNode } from '../../../server/src/core/model/plist';

const N78 = 'plist/invalid-structure';

function parse(body: string) {
  const text = `<plist version="1.0">${body}</plist>`;
  return { text, doc: parsePlistText(text, 'x.plist') };
}

function structure(body: string): [unknown, string][] {
  const { text, doc } = parse(body);
  return doc.xml.issues.filter((i) => i.code === N78).map((i) => [i.data?.kind, text.slice(i.start, i.end)]);
}

test('every value type with its text, spans and links', () => {
  const { text, doc } = parse(
    '<dict><key>s</key><string>a &amp; b</string><key>i</key><integer>18446744073709551615</integer>' +
      '<key>r</key><real>1.5</real><key>t</key><true/><key>f</key><false /><key>d</key><date>2025-01-01T00:00:00Z</date>' +
      '<key>b</key><data>TUlJQg==</data><key>a</key><array><string/></array><key>e</key><dict/></dict>',
  );
  assert.deepEqual(doc.xml.issues, []);
  const root = doc.root as DictNode;
  assert.equal(root.kind, 'dict');
  const kinds = root.entries.map((e) => [e.key.text, e.value!.kind, (e.value as ScalarNode).text]);
  assert.deepEqual(kinds, [
    ['s', 'string', 'a & b'],
    ['i', 'integer', '18446744073709551615'],
    ['r', 'real', '1.5'],
    ['t', 'boolean', 'true'],
    ['f', 'boolean', 'false'],
    ['d', 'date', '2025-01-01T00:00:00Z'],
    ['b', 'data', 'TUlJQg=='],
    ['a', 'array', undefined],
    ['e', 'dict', undefined],
  ]);
  const s = root.map.get('s')!.value as ScalarNode;
  assert.equal(text.slice(s.contentStart, s.contentEnd), 'a &amp; b');
  assert.equal(s.hasReferences, true);
  assert.equal(s.parent, root);
  assert.equal(s.entry, root.map.get('s'));
  const empty = (root.map.get('a')!.value as { items: PlistNode[] }).items[0] as ScalarNode;
  assert.equal(empty.text, '');
  assert.equal(empty.contentStart, empty.end);
  assert.equal(root.map.get('s')!.key.contentStart, text.indexOf('>s<') + 1);
});

test('duplicates: all entries kept, map holds the first, later ones flagged', () => {
  const { doc } = parse(
    '<dict><key>A</key><string>1</string><key>A</key><string>2</string><key>a</key><string>3</string></dict>',
  );
  const root = doc.root as DictNode;
  assert.deepEqual(
    root.entries.map((e) => [e.key.text, e.duplicate, e.index]),
    [
      ['A', false, 0],
      ['A', true, 1],
      ['a', false, 2],
    ],
  );
  assert.equal((root.map.get('A')!.value as ScalarNode).text, '1');
});

test('comments between key and value are fine', () => {
  assert.deepEqual(structure('<dict><key>A</key><!-- c --><string>1</string></dict>'), []);
});

test('structure problems are N78 at the offending element', () => {
  assert.deepEqual(structure('<dict><key>A</key><key>B</key><string>x</string></dict>'), [
    ['key-without-value', '<key>A</key>'],
  ]);
  assert.deepEqual(structure('<dict><key>A</key></dict>'), [['key-without-value', '<key>A</key>']]);
  assert.deepEqual(structure('<dict><string>x</string></dict>'), [['value-without-key', '<string>x</string>']]);
  assert.deepEqual(structure('<array><key>A</key></array>'), [['key-outside-dict', '<key>A</key>']]);
  assert.deepEqual(structure('<dict><key>A</key><boolean>true</boolean></dict>'), [
    ['unknown-element', '<boolean>true</boolean>'],
  ]);
  assert.deepEqual(structure('<dict><key>A<b/></key><string>x</string></dict>'), [['element-in-scalar', '<b/>']]);
  assert.deepEqual(structure('<dict>text</dict>'), [['stray-text', 'text']]);
  assert.deepEqual(structure(''), [['plist-value-count', '<plist version="1.0">']]);
  assert.deepEqual(structure('<dict/><array/>'), [['plist-value-count', '<array/>']]);
});

test('unknown element data carries a suggestion and name spans', () => {
  const { text, doc } = parse('<dict><key>A</key><int>3</int></dict>');
  const i = doc.xml.issues[0];
  assert.equal(i.data?.suggestion, 'integer');
  assert.equal(text.slice(i.data!.nameStart as number, (i.data!.nameStart as number) + 3), 'int');
  assert.equal(text.slice(i.data!.closeNameStart as number, (i.data!.closeNameStart as number) + 3), 'int');
  assert.equal((doc.root as DictNode).map.get('A')!.value, null);
});

test('a bare root value is built, with a missing-wrapper warning', () => {
  const doc = parsePlistText('<dict><key>A</key><string>x</string></dict>', 'x.plist');
  assert.equal(doc.root?.kind, 'dict');
  assert.deepEqual(
    doc.xml.issues.map((i) => [i.code, i.severity, i.data?.kind]),
    [[N78, 'warning', 'missing-plist-wrapper']],
  );
});

test('parsePlistText fills the document', () => {
  const doc = parsePlistText('<plist>\r\n<dict/>\r\n</plist>', 'a/b.plist');
  assert.equal(doc.container, 'xml');
  assert.equal(doc.path, 'a/b.plist');
  assert.deepEqual(doc.encoding, { encoding: 'utf-8', bom: false, eol: '\r\n' });
  assert.deepEqual(doc.lineIndex.positionAt(doc.root!.start), { line: 1, character: 0 });
});
