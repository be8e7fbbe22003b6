import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadDocumentFromText } from '../../../server/src/core/engine/loadDocument';
import { MAX_SYMBOL_DEPTH, findDocumentSymbols } from '../../../server/src/core/services/documentSymbols';
import type { SymbolNode } from '../../../server/src/core/services/documentSymbols';
import { getFoldingRanges } from '../../../server/src/core/services/foldingRanges';

const PROFILE = [
  '<?xml version="1.0" encoding="UTF-8"?>',
  '<plist version="1.0">',
  '<dict>',
  '\t<key>PayloadContent</key>',
  '\t<array>',
  '\t\t<dict>',
  '\t\t\t<key>PayloadDisplayName</key>',
  '\t\t\t<string>Corporate VPN</string>',
  '\t\t\t<key>PayloadType</key>',
  '\t\t\t<string>com.apple.vpn.managed</string>',
  '\t\t</dict>',
  '\t\t<dict>',
  '\t\t\t<key>PayloadType</key>',
  '\t\t\t<string>com.apple.system-extension-policy</string>',
  '\t\t</dict>',
  '\t\t<dict/>',
  '\t</array>',
  '\t<!-- a comment',
  '\t     over two lines -->',
  '\t<key>PayloadType</key>',
  '\t<string>Configuration</string>',
  '\t<key>Cert</key>',
  '\t<data>',
  '\tQUJD',
  '\t</data>',
  '</dict>',
  '</plist>',
  '',
].join('\n');

test('symbols: keys, payload dicts named by PayloadDisplayName / PayloadType, spans', () => {
  const doc = loadDocumentFromText('x.mobileconfig', PROFILE);
  const top = findDocumentSymbols(doc);
  assert.deepEqual(
    top.map((s) => [s.name, s.kind, s.detail]),
    [
      ['PayloadContent', 'array', '3 items'],
      ['PayloadType', 'string', 'Configuration'],
      ['Cert', 'data', 'data'],
    ],
  );
  const payloads = top[0].children;
  assert.deepEqual(
    payloads.map((s) => [s.name, s.detail]),
    [
      ['Corporate VPN', 'com.apple.vpn.managed'],
      ['com.apple.system-extension-policy', '1 key'],
      ['[2]', '0 keys'],
    ],
  );
  assert.equal(PROFILE.slice(top[0].selectionStart, top[0].selectionEnd), '<key>PayloadContent</key>');
  assert.ok(PROFILE.slice(top[0].start, top[0].end).endsWith('</array>'));
  assert.equal(PROFILE.slice(payloads[0].selectionStart, payloads[0].selectionEnd), '<dict>');
  assert.deepEqual(
    payloads[0].children.map((s) => s.name),
    ['PayloadDisplayName', 'PayloadType'],
  );
});

test('folding: dicts, arrays, multi-line data and comments; the closing tag stays visible', () => {
  const doc = loadDocumentFromText('x.mobileconfig', PROFILE);
  const ranges = getFoldingRanges(doc).sort((a, b) => a.startLine - b.startLine);
  assert.deepEqual(ranges, [
    { startLine: 2, endLine: 24 }, // root dict
    { startLine: 4, endLine: 15 }, // PayloadContent array
    { startLine: 5, endLine: 9 },
    { startLine: 11, endLine: 13 },
    { startLine: 17, endLine: 18, kind: 'comment' },
    { startLine: 22, endLine: 23 }, // data
  ]);
});

test('symbols and folding on a 100,000-deep file finish without overflowing', () => {
  const depth = 100_000;
  const text = `<plist><dict><key>a</key>\n${'<array>\n'.repeat(depth)}${'</array>\n'.repeat(depth)}</dict></plist>\n`;
  const doc = loadDocumentFromText('deep.plist', text);
  let s: SymbolNode | undefined = findDocumentSymbols(doc)[0];
  let levels = 0;
  while (s) {
    levels++;
    s = s.children[0];
  }
  assert.equal(levels, MAX_SYMBOL_DEPTH);
  const ranges = getFoldingRanges(doc);
  assert.equal(ranges.length, depth - 1 + 1); // every array but the innermost (no lines between), plus the root dict
});
