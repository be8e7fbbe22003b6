import { test } from 'node:test';
import assert from 'node:assert/strict';
import { applyFix, lint, onlyCode, rangeText } from '../../../helpers/lint';
import { NE, ent } from './support';

const CODE = 'entitlements/wrong-value-type';
const SX = 'com.apple.developer.system-extension.install';

test('N10 catalog failing examples with their fixes', () => {
  const text = ent([
    `<key>${NE}</key>`,
    '<string>packet-tunnel-provider</string>',
    `<key>${SX}</key>`,
    '<string>YES</string>',
  ]);
  const d = onlyCode(lint(text), CODE);
  assert.deepEqual(
    d.map((x) => [x.severity, rangeText(text, x)]),
    [
      ['error', 'packet-tunnel-provider'],
      ['error', 'YES'],
    ],
  );
  assert.equal(
    applyFix(text, d[0]),
    text.replace(
      '\t<string>packet-tunnel-provider</string>',
      '\t<array>\n\t\t<string>packet-tunnel-provider</string>\n\t</array>',
    ),
  );
  assert.equal(applyFix(text, d[1]), text.replace('<string>YES</string>', '<true/>'));
});

test('N10 catalog passing examples', () => {
  const text = ent([
    `<key>${NE}</key>`,
    '<array><string>packet-tunnel-provider</string></array>',
    `<key>${SX}</key>`,
    '<true/>',
  ]);
  assert.deepEqual(onlyCode(lint(text), CODE), []);
});

test('N10 boolean fixes keep the file’s <true /> style; integers 0/1; no fix for other strings', () => {
  const text = ent([
    '<key>com.apple.security.app-sandbox</key>',
    '<integer>0</integer>',
    '<key>com.apple.security.network.client</key>',
    '<true />',
    `<key>${SX}</key>`,
    '<string>sure</string>',
  ]);
  const d = onlyCode(lint(text), CODE);
  assert.equal(d.length, 2);
  assert.equal(applyFix(text, d[0]), text.replace('<integer>0</integer>', '<false />'));
  assert.deepEqual(d[1].fixes, []);
});

test('N10 string expected: a one-element array unwraps; non-string array items reported', () => {
  const text = ent([
    '<key>aps-environment</key>',
    '<array><string>production</string></array>',
    '<key>com.apple.security.application-groups</key>',
    '<array><string>group.a</string><integer>1</integer></array>',
  ]);
  const d = onlyCode(lint(text), CODE);
  assert.equal(d.length, 2);
  assert.equal(
    applyFix(text, d[0]),
    text.replace('<array><string>production</string></array>', '<string>production</string>'),
  );
  assert.equal(rangeText(text, d[1]), '1');
});

test('N10 guards: empty arrays, keys outside the table, CRLF wrap', () => {
  const text = ent([
    '<key>com.apple.security.application-groups</key>',
    '<array/>',
    '<key>custom</key>',
    '<string>x</string>',
  ]);
  assert.deepEqual(onlyCode(lint(text), CODE), []);
  const crlf = ent([`<key>${NE}</key>`, '<string>dns-proxy</string>'], { eol: '\r\n', indent: '  ' });
  const d = onlyCode(lint(crlf), CODE)[0];
  assert.equal(
    applyFix(crlf, d),
    crlf.replace('  <string>dns-proxy</string>', '  <array>\r\n    <string>dns-proxy</string>\r\n  </array>'),
  );
});
