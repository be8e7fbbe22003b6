import { test } from 'node:test';
import assert from 'node:assert/strict';
import { fixAllPreferred, lint, onlyCode, rangeText } from '../../../helpers/lint';
import { NE, ent, neArray } from './support';

const CODE = 'entitlements/ne-value-platform-unsupported';

test('N09 catalog failing example (platform=ios directive)', () => {
  const text = ent(`<key>${NE}</key>\n<array><string>packet-tunnel-provider-systemextension</string></array>`, {
    directive: 'platform=ios',
  });
  const d = onlyCode(lint(text), CODE);
  assert.equal(d.length, 1);
  assert.equal(d[0].severity, 'error');
  assert.equal(rangeText(text, d[0]), 'packet-tunnel-provider-systemextension');
  assert.deepEqual(
    lint(text)
      .filter((x) => x.code.startsWith('entitlements/'))
      .map((x) => x.code),
    [CODE],
  );
  assert.equal(fixAllPreferred(text), text.replace('packet-tunnel-provider-systemextension', 'packet-tunnel-provider'));
});

test('N09 catalog passing example; tvOS and visionOS too; silent on macOS and unknown platform', () => {
  const ok = ent(neArray('packet-tunnel-provider'), { directive: 'platform=ios' });
  assert.deepEqual(onlyCode(lint(ok), CODE), []);
  const bad = ent(neArray('dns-proxy-systemextension', 'app-proxy-provider-systemextension'));
  assert.equal(onlyCode(lint(bad, { platform: 'tvos' }), CODE).length, 2);
  assert.equal(onlyCode(lint(bad, { platform: 'visionos' }), CODE).length, 2);
  assert.deepEqual(onlyCode(lint(bad, { platform: 'macos' }), CODE), []);
  assert.deepEqual(onlyCode(lint(bad), CODE), []);
});
