import { test } from 'node:test';
import assert from 'node:assert/strict';
import { decodeReferences, sourceOffsetOfTextIndex } from '../../../server/src/core/parser/entities';
import { parsePlistText } from '../../../server/src/core/parser/parsePlist';
import type { ScalarNode } from '../../../server/src/core/model/plist';

test('decodes predefined entities and character references; unknown ones stay verbatim', () => {
  const s = '&lt;a&gt; &amp; &quot;&apos; &#x20;&#65;&#x1F600; &foo; & x';
  assert.equal(decodeReferences(s, 0, s.length), `<a> & "'  A😀 &foo; & x`);
});

test('sourceOffsetOfTextIndex maps decoded indices back through references, CDATA and comments', () => {
  const text = '<plist><string>a&quot;b&#x20;c<![CDATA[de]]><!-- x -->f</string></plist>';
  const node = parsePlistText(text, 'x').root as ScalarNode;
  assert.equal(node.text, 'a"b cdef');
  const map = (i: number) => sourceOffsetOfTextIndex(text, node.contentStart, node.contentEnd, i);
  assert.equal(text.slice(map(0), map(0) + 1), 'a');
  assert.equal(text.slice(map(1), map(2)), '&quot;');
  assert.equal(text[map(2)], 'b');
  assert.equal(text.slice(map(3), map(4)), '&#x20;');
  assert.equal(text[map(4)], 'c');
  assert.equal(text[map(5)], 'd');
  assert.equal(text[map(6)], 'e');
  assert.equal(text[map(7)], 'f');
  assert.equal(map(8), node.contentEnd);
});

test('each decoded character maps to a source position holding it (property over random strings)', () => {
  const pieces = ['a', 'é', '😀', '&amp;', '&lt;', '&#x41;', '&#66;', ' '];
  const decodedOf: Record<string, string> = { '&amp;': '&', '&lt;': '<', '&#x41;': 'A', '&#66;': 'B' };
  for (let n = 0; n < 200; n++) {
    const parts = Array.from({ length: 1 + (n % 9) }, (_, k) => pieces[(n * 7 + k * 3) % pieces.length]);
    const src = parts.join('');
    const decoded = parts.map((p) => decodedOf[p] ?? p).join('');
    let idx = 0;
    for (const p of parts) {
      const at = sourceOffsetOfTextIndex(src, 0, src.length, idx);
      assert.ok(src.startsWith(p, at), `${JSON.stringify(src)} index ${idx}`);
      idx += (decodedOf[p] ?? p).length;
    }
    assert.equal(idx, decoded.length);
  }
});

test('CRLF inside values reads as LF (XML end-of-line handling) and maps back over both characters', () => {
  const text = '<plist><string>a\r\nb&#13;<![CDATA[c\r\nd]]></string></plist>';
  const node = parsePlistText(text, 'x').root as ScalarNode;
  assert.equal(node.text, 'a\nb\rc\nd');
  const map = (i: number) => sourceOffsetOfTextIndex(text, node.contentStart, node.contentEnd, i);
  assert.equal(text.slice(map(1), map(2)), '\r\n');
  assert.equal(text[map(2)], 'b');
  assert.ok(text.startsWith('&#13;', map(3)));
  assert.equal(text[map(4)], 'c');
  assert.equal(text.slice(map(5), map(6)), '\r\n');
  assert.equal(text[map(6)], 'd');
});
