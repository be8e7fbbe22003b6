/** N32 vpn/provider-identity-missing. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { found, fixOnly, payload, profile, transparentProxyProfile } from './kit';

const CODE = 'vpn/provider-identity-missing';

function tp(inner: string, extraPayloads: string[] = []): string {
  const proxy = `<dict>
<key>ProviderType</key>
<string>app-proxy</string>
${inner.trim()}
</dict>`;
  return transparentProxyProfile(proxy, 'com.example.app', ...extraPayloads);
}

const DR = 'identifier &quot;com.example.app.tunnel&quot; and anchor apple generic';

test('N32 (a): a DR without ProviderBundleIdentifier is an error at the dict key; fix inserts the DR identifier', () => {
  const text = tp(`<key>ProviderDesignatedRequirement</key>\n<string>${DR}</string>`);
  const d = found(text, CODE);
  assert.equal(d.length, 1);
  assert.equal(d[0].text, '<key>TransparentProxy</key>');
  assert.equal(d[0].d.severity, 'error');
  const out = fixOnly(text, CODE);
  assert.ok(
    out.includes(
      `<string>${DR}</string>\n\t\t\t\t<key>ProviderBundleIdentifier</key>\n\t\t\t\t<string>com.example.app.tunnel</string>\n\t\t\t</dict>`,
    ),
  );
  assert.equal(found(out, CODE).length, 0);
});

const ID_ONLY = `<key>ProviderBundleIdentifier</key>\n<string>com.example.app.tunnel</string>`;

const POLICY = payload(
  'com.apple.system-extension-policy',
  2,
  `<key>AllowedSystemExtensions</key>
<dict>
<key>ABCDE12345</key>
<array>
<string>com.example.app.tunnel</string>
</array>
</dict>`,
);

test("N32 (b): a provider listed by the profile's system-extension policy needs its DR (error)", () => {
  const text = tp(ID_ONLY, [POLICY]);
  const d = found(text, CODE);
  assert.equal(d.length, 1);
  assert.equal(d[0].d.severity, 'error');
  assert.equal(d[0].d.fixes[0].snippet, true, 'no team known: snippet');
});

test('N32 (b): with a known team the DR is built in the corpus shape (preferred)', () => {
  const text = tp(ID_ONLY, [POLICY]);
  const d = found(text, CODE, { config: { config: { team: 'ABCDE12345' }, dir: '/' } });
  assert.equal(d.length, 1);
  const fix = d[0].d.fixes[0];
  assert.equal(fix.preferred, true);
  assert.match(
    fix.edits[0].newText,
    /anchor apple generic and identifier "com\.example\.app\.tunnel" and \(certificate leaf/,
  );
  assert.match(fix.edits[0].newText, /certificate leaf\[subject\.OU\] = ABCDE12345\)/);
});

test('N32 (d): info on macOS when the packaging is unknown; silent on unknown platform and iOS', () => {
  const text = tp(ID_ONLY);
  const mac = found(text, CODE, { platform: 'macos' });
  assert.equal(mac.length, 1);
  assert.equal(mac[0].d.severity, 'info');
  assert.equal(found(text, CODE).length, 0);
  assert.equal(
    found(tp(`<key>ProviderDesignatedRequirement</key>\n<string>${DR}</string>`), CODE, { platform: 'ios' }).length,
    0,
  );
});

test('N32: both keys pass; no provider keys at all pass (app-extension providers)', () => {
  const both = tp(`${ID_ONLY}\n<key>ProviderDesignatedRequirement</key>\n<string>${DR}</string>`, [POLICY]);
  assert.equal(found(both, CODE, { platform: 'macos' }).length, 0);
  assert.equal(found(tp(''), CODE, { platform: 'macos' }).length, 0);
});

test('N32: VPNType VPN reads the VPN dict', () => {
  const text = profile(
    payload(
      'com.apple.vpn.managed',
      1,
      `<key>UserDefinedName</key>\n<string>VPN</string>\n<key>VPNSubType</key>\n<string>com.example.app</string>\n<key>VPNType</key>\n<string>VPN</string>\n<key>VPN</key>\n<dict>\n<key>ProviderDesignatedRequirement</key>\n<string>${DR}</string>\n</dict>`,
    ),
  );
  const d = found(text, CODE);
  assert.equal(d.length, 1);
  assert.equal(d[0].text, '<key>VPN</key>');
});
