import { test } from 'node:test';
import assert from 'node:assert/strict';
import { decodeBytes, encodeText } from '../../../server/src/core/parser/decodeText';
import { parsePlistBytes } from '../../../server/src/core/parser/parsePlist';

const XML = '<?xml version="1.0" encoding="UTF-16"?>\r\n<plist version="1.0"><string>é😀</string></plist>\r\n';

function utf16(text: string, bigEndian: boolean, bom: boolean): Uint8Array {
  const buf = Buffer.from(text, 'utf16le');
  if (bigEndian) buf.swap16();
  const head = bom ? (bigEndian ? [0xfe, 0xff] : [0xff, 0xfe]) : [];
  return new Uint8Array([...head, ...buf]);
}

test('UTF-16 LE/BE with and without BOM decode and round-trip byte-exact', () => {
  for (const bigEndian of [false, true]) {
    for (const bom of [true, false]) {
      const bytes = utf16(XML, bigEndian, bom);
      const d = decodeBytes(bytes);
      assert.equal(d.text, XML);
      assert.deepEqual(d.encoding, { encoding: bigEndian ? 'utf-16be' : 'utf-16le', bom, eol: '\r\n' });
      assert.deepEqual(d.issues, []);
      assert.deepEqual(Buffer.from(encodeText(d.text, d.encoding)), Buffer.from(bytes));
    }
  }
});

test('UTF-8 with BOM: BOM stripped from text, remembered, re-added', () => {
  const text = '<?xml version="1.0" encoding="utf-8"?>\n<plist/>\n';
  const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...Buffer.from(text)]);
  const d = decodeBytes(bytes);
  assert.equal(d.text, text);
  assert.deepEqual(d.encoding, { encoding: 'utf-8', bom: true, eol: '\n' });
  assert.deepEqual(Buffer.from(encodeText(d.text, d.encoding)), Buffer.from(bytes));
});

test('invalid UTF-8 is reported at its text offset', () => {
  const bytes = new Uint8Array([...Buffer.from('<plist><string>é'), 0xff, ...Buffer.from('x</string></plist>')]);
  const d = decodeBytes(bytes);
  assert.equal(d.issues.length, 1);
  assert.equal(d.issues[0].code, 'plist/xml-not-well-formed');
  assert.equal(d.issues[0].start, '<plist><string>é'.length);
  assert.equal(d.text[d.issues[0].start], '\ufffd');
  const doc = parsePlistBytes(bytes, 'x.plist');
  assert.equal(doc.xml.issues[0].data?.kind, 'invalid-utf8');
});

test('an unsupported declared encoding is a warning when the text is not plain ASCII', () => {
  assert.deepEqual(
    decodeBytes(new Uint8Array(Buffer.from('<?xml version="1.0" encoding="ISO-8859-1"?><plist/>'))).issues,
    [],
  );
  const d = decodeBytes(
    new Uint8Array(Buffer.from('<?xml version="1.0" encoding="ISO-8859-1"?><plist><string>é</string></plist>')),
  );
  assert.deepEqual(
    d.issues.map((i) => [i.severity, i.data?.kind]),
    [['warning', 'unsupported-encoding']],
  );
  assert.deepEqual(
    decodeBytes(new Uint8Array(Buffer.from('<?xml version="1.0" encoding="us-ascii"?><plist/>'))).issues,
    [],
  );
});
