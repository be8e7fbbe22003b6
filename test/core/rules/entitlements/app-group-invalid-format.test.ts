import { test } from 'node:test';
import assert from 'node:assert/strict';
import { applyFix, fixAllPreferred, lint, onlyCode, rangeText } from '../../../helpers/lint';
import { ent } from './support';

const CODE = 'entitlements/app-group-invalid-format';
const groups = (...g: string[]) =>
  ent([
    '<key>com.apple.security.application-groups</key>',
    `<array>${g.map((x) => `<string>${x}</string>`).join('')}</array>`,
  ]);

test('N22 catalog failing example (macOS) and its non-preferred fixes', () => {
  const text = groups('org.zeek.zeek-agent');
  const d = onlyCode(lint(text, { platform: 'macos' }), CODE);
  assert.equal(d.length, 1);
  assert.equal(d[0].severity, 'error');
  assert.equal(rangeText(text, d[0]), 'org.zeek.zeek-agent');
  assert.ok(d[0].fixes.every((f) => !f.preferred));
  assert.equal(applyFix(text, d[0], 0), groups('$(TeamIdentifierPrefix)org.zeek.zeek-agent'));
  assert.equal(applyFix(text, d[0], 1), groups('group.org.zeek.zeek-agent'));
  assert.equal(fixAllPreferred(text, { platform: 'macos' }), text); // never in fix-all
});

test('N22 catalog passing example and the valid forms', () => {
  const text = groups(
    '$(TeamIdentifierPrefix)org.zeek.zeek-agent',
    'group.com.gemini.dnshield',
    'SUQ8J2PCT7.org.lokinet',
    '$(DEVELOPMENT_TEAM).group.$(APP_ID_MACOS)',
    '$(GROUP_ID_PREFIX).netp',
    'group.$(APP_ID_IOS)',
  );
  assert.deepEqual(onlyCode(lint(text, { platform: 'macos' }), CODE), []);
  assert.deepEqual(onlyCode(lint(text), CODE), []);
});

test('N22 iOS: team prefixes are invalid; fix replaces the prefix with group.', () => {
  const text = groups('ABCDE12345.com.example', '$(TeamIdentifierPrefix)com.example', 'group.ok');
  const d = onlyCode(lint(text, { platform: 'ios' }), CODE);
  assert.deepEqual(
    d.map((x) => rangeText(text, x)),
    ['ABCDE12345.com.example', '$(TeamIdentifierPrefix)com.example'],
  );
  assert.equal(applyFix(text, d[0]), groups('group.com.example', '$(TeamIdentifierPrefix)com.example', 'group.ok'));
  assert.equal(applyFix(text, d[1]), groups('ABCDE12345.com.example', 'group.com.example', 'group.ok'));
});

test('N22 malformed remainders: bare group., trailing dot, spaces', () => {
  const text = groups('group.', 'group.com.example.', 'group.my group');
  assert.equal(onlyCode(lint(text), CODE).length, 3);
});

test('N22 resolves build settings and skips unresolved ones', () => {
  const text = groups('$(GROUP)');
  assert.deepEqual(onlyCode(lint(text), CODE), []);
  const config = { config: { buildSettings: { GROUP: 'com.example.shared' } }, dir: '/' };
  assert.equal(onlyCode(lint(text, { config, platform: 'ios' }), CODE).length, 1);
});
