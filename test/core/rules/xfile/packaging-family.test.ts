/** Catalog N05 (error), N16, N19, N07, N40, N74 on real multi-file fixtures (test/fixtures/xfile). */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { fixtureProject, only, applyOwn } from '../../../helpers/project';
import { rangeText } from '../../../helpers/lint';

test('N05 (error): container app without the NE key; the fix inserts the values of both providers', () => {
  const p = fixtureProject('packaging');
  const [d] = only(p.lint('App/App.entitlements'), 'xfile/ne-entitlement-missing-on-app');
  assert.ok(d);
  assert.equal(d.severity, 'error');
  const text = p.text('App/App.entitlements');
  assert.equal(rangeText(text, d), '<dict>');
  // Kinds come from the providers' Info.plists (T2); DNSExtension's Info.plist declares none (that is N16), so
  // only TunnelPlugin's packet-tunnel is inserted, in the suffixed family of the extensions' entitlements.
  assert.match(
    applyOwn(text, d),
    /\t<\/array>\n\t<key>com\.apple\.developer\.networking\.networkextension<\/key>\n\t<array>\n\t\t<string>packet-tunnel-provider-systemextension<\/string>\n\t<\/array>\n<\/dict>/,
  );
});

test('N16: NE system extension without NetworkExtension › NEProviderClasses; snippet fix', () => {
  const p = fixtureProject('packaging');
  const [d] = only(p.lint('DNS/Info.plist'), 'xfile/sysext-provider-classes-missing');
  assert.ok(d);
  const text = p.text('DNS/Info.plist');
  assert.equal(rangeText(text, d), '<dict>');
  assert.ok(d.fixes[0].snippet);
  assert.match(
    applyOwn(text, d),
    /\t<key>NetworkExtension<\/key>\n\t<dict>\n\t\t<key>NEProviderClasses<\/key>\n\t\t<dict>\n\t\t\t<key>com\.apple\.networkextension\.dns-proxy<\/key>\n\t\t\t<string>\$\(PRODUCT_MODULE_NAME\)\.\$\{1:DNSProxyProvider\}<\/string>\n\t\t<\/dict>\n\t<\/dict>\n<\/dict>/,
  );
});

test('N19: macOS app extension signed with -systemextension values; silent on iOS', () => {
  const p = fixtureProject('packaging');
  const [d] = only(p.lint('Plugin/Info.plist'), 'xfile/devid-requires-sysext-packaging');
  assert.ok(d);
  assert.equal(rangeText(p.text('Plugin/Info.plist'), d), 'com.apple.networkextension.packet-tunnel');
  assert.equal(
    only(p.lint('Plugin/Info.plist', { platform: 'ios' }), 'xfile/devid-requires-sysext-packaging').length,
    0,
  );
});

test('N07: suffixed container, standard extension, distribution unknown → on the extension NE key', () => {
  const p = fixtureProject('family');
  const [d] = only(p.lint('Tunnel.entitlements'), 'xfile/ne-value-family-mismatch');
  assert.ok(d);
  const text = p.text('Tunnel.entitlements');
  assert.equal(rangeText(text, d), '<key>com.apple.developer.networking.networkextension</key>');
  assert.match(applyOwn(text, d), /<string>packet-tunnel-provider-systemextension<\/string>/);
  assert.match(d.related[0].path, /App\.entitlements$/);
  assert.equal(d.fixes[1].otherFiles?.[0].edits[0].newText, 'packet-tunnel-provider');
  // An explicit distribution decides the family: N02/N03 report each value instead (§1.15 #5).
  assert.equal(
    only(p.lint('Tunnel.entitlements', { distribution: 'app-store' }), 'xfile/ne-value-family-mismatch').length,
    0,
  );
});

test('N40: ProviderType app-proxy for a packet-tunnel provider; N74: unknown identifier of this vendor', () => {
  const p = fixtureProject('family');
  const diags = p.lint('profiles/VPN.mobileconfig');
  const text = p.text('profiles/VPN.mobileconfig');
  const [n40] = only(diags, 'xfile/vpn-provider-type-mismatch');
  assert.ok(n40, JSON.stringify(diags.map((d) => d.code)));
  assert.equal(rangeText(text, n40), 'app-proxy');
  assert.match(applyOwn(text, n40), /<key>ProviderType<\/key>\n\t\t\t\t<string>packet-tunnel<\/string>/);
  const [n74] = only(diags, 'xfile/provider-bundle-id-not-found');
  assert.ok(n74);
  assert.equal(rangeText(text, n74), 'com.example.vpn.packet-tunnel');
  assert.match(applyOwn(text, n74), /<string>com\.example\.vpn\.tunnel<\/string>/);
  assert.equal(only(diags, 'xfile/provider-bundle-id-not-found').length, 1, 'VPNSubType matches the app target');
});

test('§1.15 #4: N19 on the appex Info.plist hides N02 on the same target’s entitlements', () => {
  const unsuffixed =
    '<?xml version="1.0" encoding="UTF-8"?>\n<plist version="1.0">\n<dict>\n\t<key>com.apple.developer.networking.networkextension</key>\n\t<array>\n\t\t<string>packet-tunnel-provider</string>\n\t</array>\n</dict>\n</plist>\n';
  const p = fixtureProject('packaging', { 'Plugin/Plugin.entitlements': unsuffixed });
  const opts = { distribution: 'developer-id' as const };
  assert.equal(only(p.lint('Plugin/Info.plist', opts), 'xfile/devid-requires-sysext-packaging').length, 1);
  assert.equal(
    only(p.lint('Plugin/Plugin.entitlements', opts), 'entitlements/ne-devid-requires-systemextension-suffix').length,
    0,
  );
  // The system extension's own N02 is untouched.
  const dns =
    '<?xml version="1.0" encoding="UTF-8"?>\n<plist version="1.0">\n<dict>\n\t<key>com.apple.developer.networking.networkextension</key>\n\t<array>\n\t\t<string>dns-proxy</string>\n\t</array>\n</dict>\n</plist>\n';
  const q = fixtureProject('packaging', { 'DNS/DNS.entitlements': dns });
  assert.equal(
    only(q.lint('DNS/DNS.entitlements', opts), 'entitlements/ne-devid-requires-systemextension-suffix').length,
    1,
  );
});
