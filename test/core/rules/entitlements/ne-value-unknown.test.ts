import { test } from 'node:test';
import assert from 'node:assert/strict';
import { applyFix, fixAllPreferred, lint, onlyCode, rangeText } from '../../../helpers/lint';
import { ent, neArray } from './support';
import { suggestNeValue } from '../../../../server/src/core/rules/entitlements/support/neSuggest';

const CODE = 'entitlements/ne-value-unknown';

test('N08 catalog failing examples, each with its suggestion as the preferred fix', () => {
  const text = ent(
    neArray('packet-tunnel', 'content-filter-provider-system-extension', 'dns-settings-systemextension'),
  );
  const d = onlyCode(lint(text), CODE);
  assert.deepEqual(
    d.map((x) => [x.severity, rangeText(text, x)]),
    [
      ['warning', 'packet-tunnel'],
      ['warning', 'content-filter-provider-system-extension'],
      ['warning', 'dns-settings-systemextension'],
    ],
  );
  assert.deepEqual(
    d.map((x) => applyFix(text, x)),
    [
      text.replace('>packet-tunnel<', '>packet-tunnel-provider<'),
      text.replace('-system-extension<', '-systemextension<'),
      text.replace('dns-settings-systemextension', 'dns-settings'),
    ],
  );
  // Fix-all runs to a fixed point: the -systemextension value makes the file Developer ID (tier 4), so
  // N02 then suffixes the repaired packet-tunnel value too.
  assert.equal(
    fixAllPreferred(text),
    ent(neArray('packet-tunnel-provider-systemextension', 'content-filter-provider-systemextension', 'dns-settings')),
  );
});

test('N08 catalog passing examples and known newer values', () => {
  const text = ent(
    neArray(
      'packet-tunnel-provider',
      'content-filter-provider-systemextension',
      'dns-settings',
      'url-filter-provider',
      'app-push-provider',
      'relay',
      'hotspot-provider',
    ),
  );
  assert.deepEqual(onlyCode(lint(text), CODE), []);
});

test('N08 guards: build variables are never checked', () => {
  const text = ent(neArray('packet-tunnel-provider$(PACKET_TUNNEL_PROVIDER_SUFFIX)', '$(CFG_TUNNEL_ENTITLEMENT)'));
  assert.deepEqual(onlyCode(lint(text), CODE), []);
});

test('N08 suggestion algorithm', () => {
  const cases: [string, string | undefined][] = [
    ['com.apple.networkextension.packet-tunnel', 'packet-tunnel-provider'],
    ['com.apple.networkextension.filter-data', 'content-filter-provider'],
    ['Packet_Tunnel_Provider', 'packet-tunnel-provider'],
    ['app-proxy-provider-sysext', 'app-proxy-provider-systemextension'],
    ['dns-proxy.systemextension', 'dns-proxy-systemextension'],
    ['dns-proxysystemextension', 'dns-proxy-systemextension'],
    ['dns-proxy-provider', 'dns-proxy'],
    ['dns-settings-provider', 'dns-settings'],
    ['filter-control', 'content-filter-provider'],
    ['app-push', 'app-push-provider'],
    ['url-filter', 'url-filter-provider'],
    ['packet-tunel-provder', 'packet-tunnel-provider'],
    ['app-push-provider-systemextension', 'app-push-provider'],
    ['something-else-entirely', undefined],
  ];
  for (const [input, expected] of cases) assert.equal(suggestNeValue(input), expected, input);
});

test('N08 unknown value without suggestion has no fix', () => {
  const text = ent(neArray('something-else-entirely'));
  const d = onlyCode(lint(text), CODE);
  assert.equal(d.length, 1);
  assert.deepEqual(d[0].fixes, []);
});

test('N08 wins over the suffix rules on the same element (precedence §1.15 #3)', () => {
  const text = ent(neArray('packet-tunnel'), { directive: 'distribution=developer-id' });
  assert.deepEqual(
    lint(text)
      .filter((d) => d.code.startsWith('entitlements/'))
      .map((d) => d.code),
    [CODE],
  );
});

test('N08 allow-vpn: "Move to com.apple.developer.networking.vpn.api" (new key)', () => {
  const text = ent(neArray('packet-tunnel-provider', 'allow-vpn'));
  const d = onlyCode(lint(text), CODE);
  assert.equal(d.length, 1);
  assert.equal(rangeText(text, d[0]), 'allow-vpn');
  assert.equal(
    applyFix(text, d[0]),
    ent([
      neArray('packet-tunnel-provider'),
      '<key>com.apple.developer.networking.vpn.api</key>\n<array>\n\t<string>allow-vpn</string>\n</array>',
    ]),
  );
});

test('N08 allow-vpn: moved into an existing vpn.api array', () => {
  const vpn = '<key>com.apple.developer.networking.vpn.api</key>\n<array>\n\t<string>other</string>\n</array>';
  const text = ent([neArray('allow-vpn', 'dns-settings'), vpn]);
  const d = onlyCode(lint(text), CODE)[0];
  assert.equal(
    applyFix(text, d),
    ent([
      neArray('dns-settings'),
      '<key>com.apple.developer.networking.vpn.api</key>\n<array>\n\t<string>other</string>\n\t<string>allow-vpn</string>\n</array>',
    ]),
  );
});
