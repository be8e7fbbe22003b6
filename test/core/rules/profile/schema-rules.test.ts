import { test } from 'node:test';
import assert from 'node:assert/strict';
import { applyFix, covered, envelope, lintProfile, onlyCode, profile, stubUuids, vpnPayload } from './profileTestKit';

stubUuids();

const filter = (extra: string) =>
  [envelope('com.apple.webcontent-filter'), '<key>FilterType</key>', '<string>Plugin</string>', extra].join('\n');

test('N68: com.apple.vpn.managed without UserDefinedName; snippet fix; passing when present', () => {
  const text = profile([vpnPayload().replace('<key>UserDefinedName</key>\n<string>Corp VPN</string>\n', '')]);
  const d = onlyCode(lintProfile(text), 'profile/required-key-missing');
  assert.equal(d.length, 1);
  assert.equal(covered(text, d[0]), '<dict>', 'payload dicts in PayloadContent are anchored at their <dict>');
  assert.deepEqual(d[0].data?.missing, ['UserDefinedName']);
  assert.equal(d[0].fixes[0].snippet, true);
  assert.equal(onlyCode(lintProfile(profile([vpnPayload()])), 'profile/required-key-missing').length, 0);
});

test('N68: nested required keys are reported at the owning key; optional and ANY keys are not required', () => {
  const text = profile([
    vpnPayload('<key>IKEv2</key>\n<dict>\n<key>RemoteAddress</key>\n<string>vpn.example.com</string>\n</dict>'),
  ]);
  const d = onlyCode(lintProfile(text), 'profile/required-key-missing');
  assert.equal(d.length, 1);
  assert.equal(covered(text, d[0]), '<key>IKEv2</key>');
  assert.deepEqual(d[0].data?.missing, ['LocalIdentifier', 'RemoteIdentifier', 'AuthenticationMethod']);
  // DNSSettings › ServerAddresses is optional; an empty VendorConfig (ANY) needs nothing.
  const dns = profile([
    [
      envelope('com.apple.dnsSettings.managed'),
      '<key>DNSSettings</key>',
      '<dict>',
      '<key>DNSProtocol</key>',
      '<string>TLS</string>',
      '<key>ServerName</key>',
      '<string>dns.example</string>',
      '</dict>',
    ].join('\n'),
    filter('<key>VendorConfig</key>\n<dict/>'),
  ]);
  assert.equal(onlyCode(lintProfile(dns), 'profile/required-key-missing').length, 0);
});

test('N68: applayer needs a full VPN configuration, but VPNUUID is left to N42', () => {
  const text = profile([envelope('com.apple.vpn.managed.applayer')]);
  const d = onlyCode(lintProfile(text), 'profile/required-key-missing');
  assert.equal(d.length, 1);
  assert.deepEqual(d[0].data?.missing, ['VPNType', 'UserDefinedName']);
});

test('N69: <string>true</string> for a boolean → error with a preferred <true/> fix', () => {
  const text = profile([filter('<key>FilterSockets</key>\n<string>true</string>')]);
  const d = onlyCode(lintProfile(text), 'profile/value-type-mismatch');
  assert.equal(d.length, 1);
  assert.equal(d[0].severity, 'error');
  assert.equal(covered(text, d[0]), 'true');
  assert.equal(applyFix(text, d[0]), text.replace('<string>true</string>', '<true/>'));
});

test('N69: 0/1 integer for a boolean is a warning; element style <true /> is kept', () => {
  const text = profile([filter('<key>FilterSockets</key>\n<integer>1</integer>\n<key>FilterPackets</key>\n<false />')]);
  const d = onlyCode(lintProfile(text), 'profile/value-type-mismatch');
  assert.equal(d.length, 1);
  assert.equal(d[0].severity, 'warning');
  assert.equal(
    applyFix(text, d[0]),
    text.replace('FilterSockets</key>\n\t\t\t<integer>1</integer>', 'FilterSockets</key>\n\t\t\t<true />'),
  );
});

test('N69: string number for an integer, real N.0, single value for an array; no fix otherwise', () => {
  const text = profile([
    vpnPayload(
      '<key>VPN</key>\n<dict>\n<key>DisconnectOnIdleTimer</key>\n<string>30</string>\n<key>OnDemandMatchDomainsAlways</key>\n<string>example.com</string>\n</dict>\n<key>IPv4</key>\n<dict>\n<key>OverridePrimary</key>\n<real>1.0</real>\n</dict>',
    ),
  ]);
  const d = onlyCode(lintProfile(text), 'profile/value-type-mismatch');
  assert.equal(d.length, 3);
  assert.equal(applyFix(text, d[0]), text.replace('<string>30</string>', '<integer>30</integer>'));
  assert.equal(
    applyFix(text, d[1]),
    text.replace(
      '\t\t\t<string>example.com</string>',
      '\t\t\t<array>\n\t\t\t\t<string>example.com</string>\n\t\t\t</array>',
    ),
  );
  assert.equal(applyFix(text, d[2]), text.replace('<real>1.0</real>', '<integer>1</integer>'));
  const noFix = profile([filter('<key>FilterSockets</key>\n<string>maybe</string>')]);
  assert.deepEqual(onlyCode(lintProfile(noFix), 'profile/value-type-mismatch')[0].fixes, []);
});

test('N69: out-of-scope payloads are not type-checked by default, but are with schemaScope "all"', () => {
  const tcc = profile([
    [
      envelope('com.apple.TCC.configuration-profile-policy'),
      '<key>Services</key>',
      '<dict>',
      '<key>SystemPolicyAllFiles</key>',
      '<array>',
      '<dict>',
      '<key>Allowed</key>',
      '<integer>1</integer>',
      '<key>Identifier</key>',
      '<string>com.example</string>',
      '<key>IdentifierType</key>',
      '<string>bundleID</string>',
      '<key>CodeRequirement</key>',
      '<string>identifier "com.example"</string>',
      '</dict>',
      '</array>',
      '</dict>',
    ].join('\n'),
  ]);
  assert.equal(lintProfile(tcc).filter((d) => d.code.startsWith('profile/')).length, 0);
  const all = onlyCode(lintProfile(tcc, { settings: { schemaScope: 'all' } }), 'profile/value-type-mismatch');
  assert.equal(all.length, 1);
  assert.equal(all[0].severity, 'warning');
});

test('N70: FilterGrade "Firewall" is a case-only warning with a preferred fix; "WireGuard" VPNType is an error', () => {
  const text = profile([filter('<key>FilterGrade</key>\n<string>Firewall</string>')]);
  const d = onlyCode(lintProfile(text), 'profile/value-not-in-rangelist');
  assert.equal(d.length, 1);
  assert.equal(d[0].severity, 'warning');
  assert.equal(covered(text, d[0]), 'Firewall');
  assert.equal(applyFix(text, d[0]), text.replace('Firewall', 'firewall'));
  const wg = profile([vpnPayload().replace('<string>VPN</string>', '<string>WireGuard</string>')]);
  const e = onlyCode(lintProfile(wg), 'profile/value-not-in-rangelist');
  assert.equal(e.length, 1);
  assert.equal(e[0].severity, 'error');
  assert.ok(e[0].fixes.some((f) => f.title.includes('"TransparentProxy"')));
  assert.ok(e[0].fixes.every((f) => !f.preferred));
});

test('N70: integer rangelists, PPTP message, build variables and valid values pass', () => {
  const text = profile([
    vpnPayload('<key>VPN</key>\n<dict>\n<key>OnDemandEnabled</key>\n<integer>2</integer>\n</dict>'),
  ]);
  assert.equal(onlyCode(lintProfile(text), 'profile/value-not-in-rangelist').length, 1);
  const pptp = profile([vpnPayload().replace('<string>VPN</string>', '<string>PPTP</string>')]);
  assert.match(onlyCode(lintProfile(pptp), 'profile/value-not-in-rangelist')[0].message, /removed/);
  const ok = profile([
    filter('<key>FilterGrade</key>\n<string>inspector</string>'),
    vpnPayload().replace('<string>VPN</string>', '<string>$(VPN_TYPE)</string>'),
    [
      envelope('com.apple.dnsSettings.managed'),
      '<key>DNSSettings</key>',
      '<dict>',
      '<key>DNSProtocol</key>',
      '<string>HTTPS</string>',
      '<key>ServerURL</key>',
      '<string>https://d.example/dns-query</string>',
      '</dict>',
    ].join('\n'),
  ]);
  assert.equal(onlyCode(lintProfile(ok), 'profile/value-not-in-rangelist').length, 0);
});

test('N71: a misspelled key is a warning with a rename fix; an unknown key without suggestion is info', () => {
  const text = profile([
    vpnPayload(
      '<key>VPN</key>\n<dict>\n<key>ProviderBundleIdentifer</key>\n<string>com.example.app.ext</string>\n<key>SomethingNew</key>\n<true/>\n</dict>',
    ),
  ]);
  const d = onlyCode(lintProfile(text), 'profile/unknown-key');
  assert.equal(d.length, 2);
  assert.equal(d[0].severity, 'warning');
  assert.equal(covered(text, d[0]), '<key>ProviderBundleIdentifer</key>');
  assert.equal(applyFix(text, d[0]), text.replace('ProviderBundleIdentifer', 'ProviderBundleIdentifier'));
  assert.equal(d[1].severity, 'info');
  assert.equal(d[1].unnecessary, true);
});

test('N71: overlay keys, vendor dicts and out-of-scope payloads are never reported', () => {
  const text = profile(
    [
      vpnPayload(
        '<key>PayloadEnabled</key>\n<true/>\n<key>VPN</key>\n<dict>\n<key>RemoteAddress</key>\n<string>x</string>\n</dict>\n<key>VendorConfig</key>\n<dict>\n<key>WgQuickConfig</key>\n<string>[Interface]</string>\n</dict>',
      ),
      vpnPayload(
        '<key>TransparentProxy</key>\n<dict>\n<key>RemoteAddress</key>\n<string>127.0.0.1</string>\n</dict>',
      ).replace('<string>VPN</string>', '<string>TransparentProxy</string>'),
      [envelope('com.apple.servicemanagement'), '<key>Rules</key>', '<array/>', '<key>Whatever</key>', '<true/>'].join(
        '\n',
      ),
    ],
    '\t<key>PayloadEnabled</key>\n\t<true/>\n',
  );
  assert.deepEqual(
    onlyCode(lintProfile(text), 'profile/unknown-key').map((d) => covered(text, d)),
    [],
  );
});

test('N72: FilterBrowsers on macOS is reported at the key; silent when the platform is unknown', () => {
  const text = profile([filter('<key>FilterBrowsers</key>\n<true/>')]);
  const d = onlyCode(lintProfile(text, { platform: 'macos' }), 'profile/unavailable-on-platform');
  assert.equal(d.length, 1);
  assert.equal(covered(text, d[0]), '<key>FilterBrowsers</key>');
  assert.equal(d[0].fixes[0].preferred, undefined);
  assert.equal(applyFix(text, d[0]), text.replace('\t\t\t<key>FilterBrowsers</key>\n\t\t\t<true/>\n', ''));
  assert.equal(onlyCode(lintProfile(text), 'profile/unavailable-on-platform').length, 0);
  assert.equal(onlyCode(lintProfile(text, { platform: 'ios' }), 'profile/unavailable-on-platform').length, 0);
});

test('N72: a payload type unavailable on the platform is reported at its PayloadType; minimum OS applies', () => {
  const policy = profile([
    [envelope('com.apple.system-extension-policy'), '<key>AllowUserOverrides</key>', '<true/>'].join('\n'),
  ]);
  const d = onlyCode(lintProfile(policy, { platform: 'ios' }), 'profile/unavailable-on-platform');
  assert.equal(d.length, 1, 'one diagnostic at the payload, none for its keys');
  assert.equal(covered(policy, d[0]), 'com.apple.system-extension-policy');
  // applayer CellularSliceUUID: iOS 18.0+ → reported for a configured iOS 17 minimum only.
  const slice = profile([
    vpnPayload('<key>VPNUUID</key>\n<string>X</string>\n<key>CellularSliceUUID</key>\n<string>Y</string>').replace(
      'com.apple.vpn.managed<',
      'com.apple.vpn.managed.applayer<',
    ),
  ]);
  const config = (min: string) => ({
    config: { config: { minimumOS: { ios: min } }, dir: '/' },
    platform: 'ios' as const,
  });
  assert.equal(onlyCode(lintProfile(slice, config('17.0')), 'profile/unavailable-on-platform').length, 1);
  assert.equal(onlyCode(lintProfile(slice, config('18.0')), 'profile/unavailable-on-platform').length, 0);
});

test('N73: unknown com.apple type → warning; typo → warning with fix; custom domain → info; known types pass', () => {
  const text = profile([
    envelope('com.apple.system-extensions.admin'),
    envelope('com.apple.vpn.manged'),
    envelope('dev.firezone.firezone'),
    envelope('com.apple.notificationsettings'),
  ]);
  const d = onlyCode(lintProfile(text), 'profile/unknown-payload-type');
  assert.deepEqual(
    d.map((x) => [covered(text, x), x.severity]),
    [
      ['com.apple.system-extensions.admin', 'warning'],
      ['com.apple.vpn.manged', 'warning'],
      ['dev.firezone.firezone', 'info'],
    ],
  );
  assert.equal(applyFix(text, d[1]), text.replace('<string>com.apple.vpn.manged<', '<string>com.apple.vpn.managed<'));
});
