/** N30 vpn/subtype-missing, N31 vpn/type-dictionary-missing, N38 vpn/transparent-proxy-provider-type, N39 macOS 14. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { STYLES, codesWithout, found, fixOnly, payload, profile, styled } from './kit';

function vpn(body: string, type = 'com.apple.vpn.managed'): string {
  return profile(payload(type, 1, `<key>UserDefinedName</key>\n<string>Corp</string>\n${body.trim()}`));
}

const TP_NO_SUBTYPE = vpn(`
<key>VPNType</key>
<string>TransparentProxy</string>
<key>TransparentProxy</key>
<dict>
<key>ProviderType</key>
<string>app-proxy</string>
<key>ProviderBundleIdentifier</key>
<string>com.example.app.tunnel</string>
</dict>`);

test('N30: VPNType TransparentProxy without VPNSubType is reported at the VPNType value', () => {
  const d = found(TP_NO_SUBTYPE, 'vpn/subtype-missing');
  assert.equal(d.length, 1);
  assert.equal(d[0].text, 'TransparentProxy');
  assert.equal(d[0].d.severity, 'error');
});

test('N30: the fix inserts the provider id minus its last component (not preferred), in every style', () => {
  for (const style of STYLES) {
    const text = styled(TP_NO_SUBTYPE, style);
    const d = found(text, 'vpn/subtype-missing');
    assert.equal(d[0].d.fixes[0].preferred, undefined);
    const out = fixOnly(text, 'vpn/subtype-missing');
    const expected = TP_NO_SUBTYPE.replace(
      '\t\t\t</dict>\n\t\t</dict>',
      '\t\t\t</dict>\n\t\t\t<key>VPNSubType</key>\n\t\t\t<string>com.example.app</string>\n\t\t</dict>',
    );
    assert.equal(out, styled(expected, style), style.name);
    assert.equal(found(out, 'vpn/subtype-missing').length, 0);
  }
});

test('N30: an empty VPNSubType is filled in place; VPN type VPN is covered; IKEv2 is not', () => {
  const empty = vpn(`
<key>VPNType</key>
<string>VPN</string>
<key>VPNSubType</key>
<string></string>
<key>VPN</key>
<dict>
<key>ProviderBundleIdentifier</key>
<string>com.example.vpn.ext</string>
</dict>`);
  assert.equal(found(empty, 'vpn/subtype-missing').length, 1);
  const out = fixOnly(empty, 'vpn/subtype-missing');
  assert.ok(out.includes('<key>VPNSubType</key>\n\t\t\t<string>com.example.vpn</string>'));
  const ikev2 = vpn(`<key>VPNType</key>\n<string>IKEv2</string>\n<key>IKEv2</key>\n<dict>\n</dict>`);
  assert.equal(found(ikev2, 'vpn/subtype-missing').length, 0);
  const noProvider = vpn(`<key>VPNType</key>\n<string>VPN</string>\n<key>VPN</key>\n<dict>\n</dict>`);
  const snippet = found(noProvider, 'vpn/subtype-missing')[0].d.fixes[0];
  assert.equal(snippet.snippet, true);
});

test('N30: applayer payloads too; a set VPNSubType passes', () => {
  const applayer = vpn(
    `<key>VPNType</key>\n<string>VPN</string>\n<key>VPNUUID</key>\n<string>D2773557-B535-414F-968A-5447D9C02D52</string>`,
    'com.apple.vpn.managed.applayer',
  );
  assert.equal(found(applayer, 'vpn/subtype-missing').length, 1);
  const ok = TP_NO_SUBTYPE.replace(
    '<key>VPNType</key>',
    '<key>VPNSubType</key>\n\t\t\t<string>com.example.app</string>\n\t\t\t<key>VPNType</key>',
  );
  assert.equal(found(ok, 'vpn/subtype-missing').length, 0);
});

const TP_KEYS_IN_VPN = vpn(`
<key>VPNSubType</key>
<string>com.example.app</string>
<key>VPNType</key>
<string>TransparentProxy</string>
<key>VPN</key>
<dict>
<key>ProviderType</key>
<string>app-proxy</string>
<key>ProviderBundleIdentifier</key>
<string>com.example.app.tunnel</string>
</dict>`);

test('N31: TransparentProxy with the provider keys in VPN: reported at VPNType; preferred fix renames the dict', () => {
  const d = found(TP_KEYS_IN_VPN, 'vpn/type-dictionary-missing');
  assert.equal(d.length, 1);
  assert.equal(d[0].text, 'TransparentProxy');
  const out = fixOnly(TP_KEYS_IN_VPN, 'vpn/type-dictionary-missing');
  assert.equal(out, TP_KEYS_IN_VPN.replace('<key>VPN</key>', '<key>TransparentProxy</key>'));
  assert.equal(found(out, 'vpn/type-dictionary-missing').length, 0);
});

test('N31: L2TP needs PPP; the snippet fix inserts an empty dict; out-of-T3 and missing VPNType are silent', () => {
  const l2tp = vpn(`<key>VPNType</key>\n<string>L2TP</string>`);
  const d = found(l2tp, 'vpn/type-dictionary-missing');
  assert.equal(d.length, 1);
  assert.equal(d[0].d.fixes.length, 1);
  assert.equal(d[0].d.fixes[0].snippet, true);
  const out = fixOnly(l2tp, 'vpn/type-dictionary-missing');
  assert.ok(out.includes('\t\t\t<key>PPP</key>\n\t\t\t<dict>\n\t\t\t\t$0\n\t\t\t</dict>\n\t\t</dict>'));
  assert.equal(found(vpn(`<key>VPNType</key>\n<string>WireGuard</string>`), 'vpn/type-dictionary-missing').length, 0);
  assert.equal(found(vpn(`<key>VPN</key>\n<dict>\n</dict>`), 'vpn/type-dictionary-missing').length, 0);
  const arrayTp = vpn(
    `<key>VPNSubType</key>\n<string>a.b</string>\n<key>VPNType</key>\n<string>TransparentProxy</string>\n<key>TransparentProxy</key>\n<array>\n</array>`,
  );
  assert.equal(found(arrayTp, 'vpn/type-dictionary-missing').length, 0, 'N29 reports the array instead');
});

const TP_NO_TYPE = vpn(`
<key>VPNSubType</key>
<string>com.example.app</string>
<key>VPNType</key>
<string>TransparentProxy</string>
<key>TransparentProxy</key>
<dict>
<key>ProviderBundleIdentifier</key>
<string>com.example.app.tunnel</string>
</dict>`);

test('N38: a TransparentProxy without ProviderType: warning at the key, fix inserts app-proxy', () => {
  const d = found(TP_NO_TYPE, 'vpn/transparent-proxy-provider-type');
  assert.equal(d.length, 1);
  assert.equal(d[0].text, '<key>TransparentProxy</key>');
  assert.equal(d[0].d.severity, 'warning');
  for (const style of STYLES) {
    const out = fixOnly(styled(TP_NO_TYPE, style), 'vpn/transparent-proxy-provider-type');
    const expected = TP_NO_TYPE.replace(
      '<string>com.example.app.tunnel</string>\n',
      '<string>com.example.app.tunnel</string>\n\t\t\t\t<key>ProviderType</key>\n\t\t\t\t<string>app-proxy</string>\n',
    );
    assert.equal(out, styled(expected, style), style.name);
  }
});

test('N38: packet-tunnel is replaced by app-proxy; app-proxy and VPN payloads pass', () => {
  const pt = TP_NO_TYPE.replace(
    '<dict>\n\t\t\t\t<key>Provider',
    '<dict>\n\t\t\t\t<key>ProviderType</key>\n\t\t\t\t<string>packet-tunnel</string>\n\t\t\t\t<key>Provider',
  );
  const d = found(pt, 'vpn/transparent-proxy-provider-type');
  assert.equal(d.length, 1);
  assert.equal(d[0].text, 'packet-tunnel');
  assert.equal(fixOnly(pt, 'vpn/transparent-proxy-provider-type'), pt.replace('packet-tunnel', 'app-proxy'));
  assert.equal(found(pt.replace('packet-tunnel', 'app-proxy'), 'vpn/transparent-proxy-provider-type').length, 0);
  const vpnType = TP_NO_TYPE.replace(/TransparentProxy/g, 'VPN');
  assert.equal(found(vpnType, 'vpn/transparent-proxy-provider-type').length, 0);
});

test('N39: error on iOS (directive), warning for an older macOS minimum, silent on unknown and macOS 14+', () => {
  const ios = TP_NO_TYPE.replace('<plist version="1.0">', '<!-- nelint: platform=ios -->\n<plist version="1.0">');
  const d = found(ios, 'vpn/transparent-proxy-requires-macos-14');
  assert.equal(d.length, 1);
  assert.equal(d[0].text, 'TransparentProxy');
  assert.equal(d[0].d.severity, 'error');
  assert.equal(found(TP_NO_TYPE, 'vpn/transparent-proxy-requires-macos-14').length, 0);
  assert.equal(found(TP_NO_TYPE, 'vpn/transparent-proxy-requires-macos-14', { platform: 'macos' }).length, 0);
  const old = found(TP_NO_TYPE, 'vpn/transparent-proxy-requires-macos-14', {
    platform: 'macos',
    config: { config: { minimumOS: { macos: '13.0' } }, dir: '/' },
  });
  assert.equal(old.length, 1);
  assert.equal(old[0].d.severity, 'warning');
  const recent = found(TP_NO_TYPE, 'vpn/transparent-proxy-requires-macos-14', {
    platform: 'macos',
    config: { config: { minimumOS: { macos: '14.0' } }, dir: '/' },
  });
  assert.equal(recent.length, 0);
});

test('N39: hides profile/unavailable-on-platform in the TransparentProxy subtree', () => {
  const ios = TP_NO_TYPE.replace('<plist version="1.0">', '<!-- nelint: platform=ios -->\n<plist version="1.0">');
  const generic = codesWithout(ios, ['vpn/transparent-proxy-requires-macos-14']);
  assert.ok(generic.includes('profile/unavailable-on-platform'), 'the generic rule fires on the subtree');
  assert.equal(found(ios, 'profile/unavailable-on-platform').length, 0);
});
