import { test } from 'node:test';
import assert from 'node:assert/strict';
import { applyFix, lint, onlyCode, rangeText } from '../../../helpers/lint';
import { ent, neArray } from './support';

const CODE = 'entitlements/system-extension-install-misplaced';
const SX = 'com.apple.developer.system-extension.install';

test('N75 catalog failing example: role=system-extension → info at the key; remove fix', () => {
  const text = ent([neArray('packet-tunnel-provider-systemextension'), `<key>${SX}</key>`, '<true/>'], {
    directive: 'role=system-extension',
  });
  const d = onlyCode(lint(text), CODE);
  assert.equal(d.length, 1);
  assert.equal(d[0].severity, 'info');
  assert.equal(rangeText(text, d[0]), `<key>${SX}</key>`);
  assert.equal(
    applyFix(text, d[0]),
    ent(neArray('packet-tunnel-provider-systemextension'), { directive: 'role=system-extension' }),
  );
  assert.ok(!d[0].fixes[0].preferred);
});

test('N75 warning on iOS-family platforms', () => {
  const text = ent([`<key>${SX}</key>`, '<true/>']);
  const d = onlyCode(lint(text, { platform: 'ios' }), CODE);
  assert.equal(d.length, 1);
  assert.equal(d[0].severity, 'warning');
});

test('N75 passing: container app, or no context at all', () => {
  const text = ent([`<key>${SX}</key>`, '<true/>']);
  assert.deepEqual(onlyCode(lint(text), CODE), []);
  assert.deepEqual(onlyCode(lint(text.replace('<dict>', '<!-- nelint: role=app -->\n<dict>')), CODE), []);
});
