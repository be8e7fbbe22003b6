import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { parsePlistBytes, parsePlistText } from '../../../server/src/core/parser/parsePlist';
import type { ArrayNode, DictNode } from '../../../server/src/core/model/plist';
import { walk } from '../../../server/src/core/model/query';

test('100,000 nested <array> parse without recursion', () => {
  const depth = 100_000;
  const text = `<plist>${'<array>'.repeat(depth)}${'</array>'.repeat(depth)}</plist>`;
  const doc = parsePlistText(text, 'deep.plist');
  assert.deepEqual(doc.xml.issues, []);
  let n = 0;
  walk(doc.root, () => n++);
  assert.equal(n, depth);
  let inner = doc.root as ArrayNode;
  while (inner.items.length) inner = inner.items[0] as ArrayNode;
  assert.equal(inner.start, 7 + (depth - 1) * 7);
});

test('100,000 unclosed nested elements: one issue at EOF, bounded related list', () => {
  const text = `<plist>${'<dict><key>a</key>'.repeat(100_000)}`;
  const doc = parsePlistText(text, 'deep.plist');
  const unclosed = doc.xml.issues.filter((i) => i.data?.kind === 'unclosed-element');
  assert.equal(unclosed.length, 1);
  assert.ok(unclosed[0].related!.length <= 10);
});

test('a ~10 MB profile with 10,000 payloads parses in linear time', () => {
  const payload = (i: number) =>
    `\t\t<dict>\n\t\t\t<key>PayloadIdentifier</key>\n\t\t\t<string>com.example.p${i}</string>\n\t\t\t<key>PayloadType</key>\n\t\t\t<string>com.apple.vpn.managed</string>\n\t\t\t<key>Blob</key>\n\t\t\t<data>${'QUJDRA=='.repeat(120)}</data>\n\t\t\t<key>N</key>\n\t\t\t<integer>${i}</integer>\n\t\t</dict>\n`;
  const parts: string[] = [];
  for (let i = 0; i < 10_000; i++) parts.push(payload(i));
  const text = `<?xml version="1.0"?>\n<plist version="1.0">\n<dict>\n\t<key>PayloadContent</key>\n\t<array>\n${parts.join('')}\t</array>\n</dict>\n</plist>\n`;
  assert.ok(text.length > 9_000_000);
  const t0 = performance.now();
  const doc = parsePlistText(text, 'big.mobileconfig');
  const ms = performance.now() - t0;
  assert.deepEqual(doc.xml.issues, []);
  const content = (doc.root as DictNode).map.get('PayloadContent')!.value as ArrayNode;
  assert.equal(content.items.length, 10_000);
  // A hang/blow-up guard, not a speed measure (that is `npm run bench`): linear parsing takes ~1 s here.
  assert.ok(ms < 30_000, `took ${ms} ms`);
});

test('pathological inputs stay fast: many & without ;, many unclosed tags, many mismatches', () => {
  const cases = [
    `<plist><string>${'&'.repeat(1_000_000)}</string></plist>`,
    `<plist>${'<a '.repeat(200_000)}`,
    `<plist>${'<a>x</b>'.repeat(100_000)}</plist>`,
    `<plist><string>${'<!--'.repeat(100_000)}`,
    `<plist><string a="${'x'.repeat(100_000)}`,
    `<plist><string ${'a="1" '.repeat(100_000)}/></plist>`,
    `<plist><string ${'a '.repeat(100_000)}/></plist>`,
  ];
  for (const text of cases) {
    const t0 = performance.now();
    const doc = parsePlistText(text, 'x.plist');
    assert.ok(doc.xml.issues.length <= 1000);
    assert.ok(performance.now() - t0 < 15_000); // blow-up guard: quadratic paths take minutes
  }
});

test('billion laughs: entities are never expanded and parsing is instant', () => {
  const decls = ['<!ENTITY lol "lol">'];
  for (let i = 1; i < 10; i++) decls.push(`<!ENTITY lol${i} "${`&lol${i === 1 ? '' : i - 1};`.repeat(10)}">`);
  const text = `<?xml version="1.0"?>\n<!DOCTYPE plist [\n${decls.join('\n')}\n]>\n<plist><string>&lol9;</string></plist>`;
  const t0 = performance.now();
  const doc = parsePlistText(text, 'x.plist');
  assert.ok(performance.now() - t0 < 5000); // expansion would take minutes and gigabytes
  assert.equal((doc.root as { text: string }).text, '&lol9;');
  assert.deepEqual(
    doc.xml.issues.map((i) => [i.data?.kind, text.slice(i.start, i.end)]),
    [['unexpanded-entity', '&lol9;']],
  );
});

test('external entities are never read', () => {
  const text = '<!DOCTYPE plist [<!ENTITY xxe SYSTEM "file:///etc/passwd">]><plist><string>&xxe;</string></plist>';
  const doc = parsePlistText(text, 'x.plist');
  assert.equal((doc.root as { text: string }).text, '&xxe;');
});

test('random bytes and random markup never throw', () => {
  fc.assert(
    fc.property(fc.uint8Array({ maxLength: 400 }), (bytes) => {
      parsePlistBytes(bytes, 'x.plist');
    }),
    { numRuns: 500 },
  );
  const token = fc.constantFrom(
    '<',
    '>',
    '/',
    '</',
    '<!--',
    '-->',
    '<![CDATA[',
    ']]>',
    '<?',
    '?>',
    '&',
    ';',
    '"',
    "'",
    '=',
    ' ',
    'plist',
    'dict',
    'key',
    'array',
    'string',
    'true',
    '<!DOCTYPE',
    '[',
    ']',
    '<!ENTITY',
    '#x',
    '\uD800',
    '\u0000',
    '\r\n',
    'a',
  );
  fc.assert(
    fc.property(fc.array(token, { maxLength: 80 }), (tokens) => {
      const text = tokens.join('');
      const doc = parsePlistText(text, 'x.plist');
      for (const i of doc.xml.issues) {
        assert.ok(i.start >= 0 && i.start <= i.end && i.end <= text.length, JSON.stringify(i));
      }
    }),
    { numRuns: 1000 },
  );
});
