import { test } from 'node:test';
import assert from 'node:assert/strict';
import { applyFix, fixAllPreferred, lint, onlyCode, rangeText } from '../../../helpers/lint';
import { ent, neArray } from './support';

const CODE = 'entitlements/ne-devid-requires-systemextension-suffix';
const failing = ent(neArray('packet-tunnel-provider-systemextension', 'app-proxy-provider', 'dns-settings'), {
  directive: 'distribution=developer-id',
});

test('N02 catalog failing example: only the suffixable unsuffixed value, at its text', () => {
  const d = onlyCode(lint(failing), CODE);
  assert.equal(d.length, 1);
  assert.equal(d[0].severity, 'error');
  assert.equal(rangeText(failing, d[0]), 'app-proxy-provider');
});

test('N02 catalog passing example', () => {
  const text = ent(
    neArray('packet-tunnel-provider-systemextension', 'app-proxy-provider-systemextension', 'dns-settings'),
    { directive: 'distribution=developer-id' },
  );
  assert.deepEqual(onlyCode(lint(text), CODE), []);
});

test('N02 fix rewrites only the string text; fix-all rewrites every suffixable value', () => {
  const d = onlyCode(lint(failing), CODE)[0];
  assert.equal(
    applyFix(failing, d),
    failing.replace('<string>app-proxy-provider<', '<string>app-proxy-provider-systemextension<'),
  );
  const many = ent(neArray('packet-tunnel-provider', 'content-filter-provider', 'dns-proxy', 'app-push-provider'), {
    directive: 'distribution=developer-id',
  });
  const fixed = fixAllPreferred(many);
  assert.equal(
    fixed,
    ent(
      neArray(
        'packet-tunnel-provider-systemextension',
        'content-filter-provider-systemextension',
        'dns-proxy-systemextension',
        'app-push-provider',
      ),
      { directive: 'distribution=developer-id' },
    ),
  );
});

test('N02 fix preserves CRLF and 2-space indentation', () => {
  const text = ent(neArray('dns-proxy'), { directive: 'distribution=developer-id', eol: '\r\n', indent: '  ' });
  const fixed = fixAllPreferred(text);
  assert.equal(fixed, text.replace('>dns-proxy<', '>dns-proxy-systemextension<'));
  assert.ok(fixed.includes('\r\n    <string>dns-proxy-systemextension</string>\r\n'));
});

test('N02 mixed array: tier 4 (own -systemextension value) is strong context', () => {
  const text = ent(neArray('content-filter-provider-systemextension', 'dns-proxy'));
  const d = onlyCode(lint(text), CODE);
  assert.equal(d.length, 1);
  assert.equal(d[0].severity, 'error');
  assert.equal(rangeText(text, d[0]), 'dns-proxy');
});

test('N02 is a hint with weak context (system-extension packaging) and silent when unknown', () => {
  const text = ent(neArray('packet-tunnel-provider'), { directive: 'role=system-extension' });
  const d = onlyCode(lint(text), CODE);
  assert.equal(d.length, 1);
  assert.equal(d[0].severity, 'hint');
  assert.deepEqual(onlyCode(lint(ent(neArray('packet-tunnel-provider'))), CODE), []);
});

test('N02 guards: development context, build variables, dns-settings / app-push-provider', () => {
  assert.deepEqual(
    onlyCode(lint(ent(neArray('packet-tunnel-provider'), { directive: 'distribution=development' })), CODE),
    [],
  );
  const vars = ent(
    neArray('packet-tunnel-provider$(PACKET_TUNNEL_PROVIDER_SUFFIX)', 'dns-settings', 'app-push-provider'),
    {
      directive: 'distribution=developer-id',
    },
  );
  assert.deepEqual(
    lint(vars).filter((d) => d.code.startsWith('entitlements/')),
    [],
  );
});

test('N02 uses resolved build variables', () => {
  const text = ent(neArray('$(NE_VALUE)'), { directive: 'distribution=developer-id' });
  const config = { config: { buildSettings: { NE_VALUE: 'app-proxy-provider' } }, dir: '/' };
  const d = onlyCode(lint(text, { config }), CODE);
  assert.equal(d.length, 1);
  assert.equal(rangeText(text, d[0]), '$(NE_VALUE)');
  assert.deepEqual(
    d[0].fixes.filter((f) => f.preferred),
    [],
  ); // never rewrite a variable
});

test('N02 from the CLI --distribution flag', () => {
  const text = ent(neArray('content-filter-provider'));
  assert.equal(onlyCode(lint(text, { distribution: 'developer-id' }), CODE).length, 1);
});

test('N02 is silent on iOS-family platforms (N09 owns the suffixed values there; fix-all converges)', () => {
  const text = ent(neArray('packet-tunnel-provider', 'content-filter-provider-systemextension'));
  assert.deepEqual(onlyCode(lint(text, { platform: 'ios' }), CODE), []);
  assert.equal(
    fixAllPreferred(text, { platform: 'ios' }),
    ent(neArray('packet-tunnel-provider', 'content-filter-provider')),
  );
});

test('N02 fix (2): a Developer ID variant file with every suffixable literal suffixed and nothing else changed', () => {
  const text = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<plist version="1.0">',
    '<dict>',
    '\t<key>com.apple.developer.networking.networkextension</key>',
    '\t<array>',
    '\t\t<string>packet-tunnel-provider</string>',
    '\t\t<string>dns-settings</string>',
    '\t\t<string>app-proxy-provider$(SUFFIX)</string>',
    '\t</array>',
    '</dict>',
    '</plist>',
    '',
  ].join('\n');
  const [d] = lint(text, { path: '/p/Ext.entitlements', distribution: 'developer-id' }).filter(
    (x) => x.code === 'entitlements/ne-devid-requires-systemextension-suffix',
  );
  const variant = d.fixes.find((f) => f.createFiles?.length);
  assert.ok(variant && !variant.preferred && variant.edits.length === 0);
  assert.deepEqual(variant.createFiles, [
    {
      path: '/p/Ext-DeveloperID.entitlements',
      text: text.replace(
        '<string>packet-tunnel-provider</string>',
        '<string>packet-tunnel-provider-systemextension</string>',
      ),
    },
  ]);
});
