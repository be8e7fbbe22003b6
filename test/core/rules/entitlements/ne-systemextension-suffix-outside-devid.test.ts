import { test } from 'node:test';
import assert from 'node:assert/strict';
import { applyFix, fixAllPreferred, lint, onlyCode, rangeText } from '../../../helpers/lint';
import { NE, ent, neArray } from './support';

const CODE = 'entitlements/ne-systemextension-suffix-outside-devid';

test('N03 catalog failing example (development context), one-line array', () => {
  const text = ent(`<key>${NE}</key>\n<array><string>content-filter-provider-systemextension</string></array>`, {
    directive: 'distribution=development',
  });
  const d = onlyCode(lint(text), CODE);
  assert.equal(d.length, 1);
  assert.equal(d[0].severity, 'error');
  assert.equal(rangeText(text, d[0]), 'content-filter-provider-systemextension');
  assert.equal(
    applyFix(text, d[0]),
    text.replace('content-filter-provider-systemextension', 'content-filter-provider'),
  );
});

test('N03 catalog passing example', () => {
  const text = ent(`<key>${NE}</key>\n<array><string>content-filter-provider</string></array>`, {
    directive: 'distribution=development',
  });
  assert.deepEqual(onlyCode(lint(text), CODE), []);
});

test('N03 fix-all strips every suffix (app-store via CLI flag), CRLF preserved', () => {
  const text = ent(neArray('packet-tunnel-provider-systemextension', 'dns-proxy-systemextension', 'dns-settings'), {
    eol: '\r\n',
  });
  assert.equal(onlyCode(lint(text, { distribution: 'app-store' }), CODE).length, 2);
  assert.equal(
    fixAllPreferred(text, { distribution: 'app-store' }),
    ent(neArray('packet-tunnel-provider', 'dns-proxy', 'dns-settings'), { eol: '\r\n' }),
  );
});

test('N03 never fires from content alone, nor for Developer ID', () => {
  const text = ent(neArray('packet-tunnel-provider-systemextension'));
  assert.deepEqual(onlyCode(lint(text), CODE), []);
  assert.deepEqual(onlyCode(lint(text, { distribution: 'developer-id' }), CODE), []);
});

test('N03 on iOS yields to N09 (platform-unsupported)', () => {
  const text = ent(neArray('packet-tunnel-provider-systemextension'), {
    directive: 'platform=ios distribution=app-store',
  });
  const diags = lint(text);
  assert.deepEqual(onlyCode(diags, CODE), []);
  assert.equal(onlyCode(diags, 'entitlements/ne-value-platform-unsupported').length, 1);
});

test('N03 second fix switches the directive to developer-id', () => {
  const text = ent(neArray('app-proxy-provider-systemextension'), { directive: 'distribution=development' });
  const d = onlyCode(lint(text), CODE)[0];
  const fixed = applyFix(text, d, (f) => !f.preferred);
  assert.equal(fixed, text.replace('distribution=development', 'distribution=developer-id'));
  assert.deepEqual(onlyCode(lint(fixed), CODE), []);
});
