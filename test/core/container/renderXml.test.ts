import { test } from 'node:test';
import assert from 'node:assert/strict';
import { escapeXml, formatPlistDate, renderXmlPlist } from '../../../server/src/core/container/renderXml';

test('renders Apple-style XML with tabs, empty containers, UIDs, dates and wrapped data', () => {
  const text = renderXmlPlist({
    type: 'dict',
    entries: [
      ['A&B', { type: 'string', value: '<x> & "y"' }],
      ['n', { type: 'integer', value: -(2n ** 63n) }],
      ['r', { type: 'real', value: 0.5, text: '0.5' }],
      ['t', { type: 'boolean', value: true }],
      ['d', { type: 'date', value: new Date('2024-02-29T12:34:56.789Z') }],
      ['e', { type: 'array', items: [] }],
      ['o', { type: 'dict', entries: [] }],
      ['u', { type: 'uid', value: 3n }],
      ['b', { type: 'data', value: new Uint8Array(60).fill(0xff) }],
    ],
  });
  assert.equal(
    text,
    [
      '<?xml version="1.0" encoding="UTF-8"?>',
      '<!DOCTYPE plist PUBLIC "-//Apple//DTD PLIST 1.0//EN" "http://www.apple.com/DTDs/PropertyList-1.0.dtd">',
      '<plist version="1.0">',
      '<dict>',
      '\t<key>A&amp;B</key>',
      '\t<string>&lt;x&gt; &amp; "y"</string>',
      '\t<key>n</key>',
      '\t<integer>-9223372036854775808</integer>',
      '\t<key>r</key>',
      '\t<real>0.5</real>',
      '\t<key>t</key>',
      '\t<true/>',
      '\t<key>d</key>',
      '\t<date>2024-02-29T12:34:56Z</date>',
      '\t<key>e</key>',
      '\t<array/>',
      '\t<key>o</key>',
      '\t<dict/>',
      '\t<key>u</key>',
      '\t<dict>',
      '\t\t<key>CF$UID</key>',
      '\t\t<integer>3</integer>',
      '\t</dict>',
      '\t<key>b</key>',
      '\t<data>',
      '\t' + '/'.repeat(68),
      '\t' + '/'.repeat(12),
      '\t</data>',
      '</dict>',
      '</plist>',
      '',
    ].join('\n'),
  );
});

test('escaping keeps the document well-formed for control characters and lone surrogates', () => {
  assert.equal(escapeXml('a\u0001b\rc\tn\ud800'), 'a\ufffdb&#13;c\tn\ufffd');
  assert.equal(escapeXml('😀'), '😀');
});

test('dates drop fractional seconds and are UTC', () => {
  assert.equal(formatPlistDate(new Date(Date.UTC(2001, 0, 1, 0, 0, 0, 999))), '2001-01-01T00:00:00Z');
});
