import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadContainer } from '../../../server/src/core/container/loadContainer';
import { parsePlistText } from '../../../server/src/core/parser/parsePlist';
import { plistToJson, plistToJsonText } from '../../../server/src/core/print/toJson';
import { documentToXml } from '../../../server/src/core/print/toXml';
import { makeBinaryPlist } from '../../helpers/fixtures';
import type { ArrayNode } from '../../../server/src/core/model/plist';

const XML = `<plist version="1.0"><dict>
  <key>s</key><string> a </string>
  <key>i</key><integer>42</integer>
  <key>neg</key><integer>-9007199254740992</integer>
  <key>big</key><integer>9223372036854775807</integer>
  <key>r</key><real>1.5</real>
  <key>nan</key><real>nan</real>
  <key>t</key><true/>
  <key>d</key><date>2024-02-29T12:34:56Z</date>
  <key>b</key><data>
    AAEC
    /w==
  </data>
  <key>10</key><string>integer-like key stays in place</string>
  <key>a</key><array><integer>1</integer><dict/></array>
  <key>s</key><string>duplicate ignored</string>
</dict></plist>`;

test('plistToJson converts scalars as documented and keeps first occurrences', () => {
  const doc = parsePlistText(XML, 'x.plist');
  assert.deepEqual(plistToJson(doc.root!), {
    s: ' a ',
    i: 42,
    neg: -9007199254740992,
    big: '9223372036854775807',
    r: 1.5,
    nan: 'nan',
    t: true,
    d: '2024-02-29T12:34:56Z',
    b: 'AAEC/w==',
    10: 'integer-like key stays in place',
    a: [1, {}],
  });
});

test('plistToJsonText preserves the file key order, integer-like keys included', () => {
  const doc = parsePlistText(XML, 'x.plist');
  const text = plistToJsonText(doc.root!, 2);
  const keys = [...text.matchAll(/^ {2}"([^"]+)":/gm)].map((m) => m[1]);
  assert.deepEqual(keys, ['s', 'i', 'neg', 'big', 'r', 'nan', 't', 'd', 'b', '10', 'a']);
  assert.deepEqual(JSON.parse(text), plistToJson(doc.root!));
  assert.equal(plistToJsonText(parsePlistText('<plist><array/></plist>', 'x').root!, 0), '[]');
});

test('deep nesting does not overflow', () => {
  // Built directly (the parser's own deep-file handling is tested with the parser).
  const depth = 100_000;
  const root = { kind: 'array', items: [] } as unknown as ArrayNode;
  let cur = root;
  for (let i = 1; i < depth; i++) {
    const next = { kind: 'array', items: [] } as unknown as ArrayNode;
    cur.items.push(next);
    cur = next;
  }
  let v = plistToJson(root) as unknown[];
  let n = 1;
  while (Array.isArray(v) && v.length) {
    v = v[0] as unknown[];
    n++;
  }
  assert.equal(n, depth);
  assert.ok(plistToJsonText(root, 0).startsWith('[[[['));
  assert.ok(plistToJsonText(root, 2).endsWith(']'));
});

test('documentToXml returns the decoded rendering for a binary plist', () => {
  const doc = loadContainer(
    'x.plist',
    makeBinaryPlist({ type: 'dict', entries: [['k', { type: 'integer', value: 1n }]] }),
  );
  assert.match(documentToXml(doc), /<key>k<\/key>\n\t<integer>1<\/integer>/);
});

test('a __proto__ key is plain data', () => {
  const json = plistToJson(
    parsePlistText('<plist><dict><key>__proto__</key><dict><key>x</key><true/></dict></dict></plist>', 'x').root!,
  );
  assert.equal(Object.getPrototypeOf(json), Object.prototype);
  assert.deepEqual(Object.keys(json as object), ['__proto__']);
  assert.equal(({} as { x?: boolean }).x, undefined);
});
