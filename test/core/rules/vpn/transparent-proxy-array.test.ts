import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  STYLES,
  codesWithout,
  found,
  lintProfile,
  payload,
  profile,
  stubUuids,
  styled,
  fixOnly,
  transparentProxyProfile,
} from './kit';

const CODE = 'vpn/transparent-proxy-array';
stubUuids();

function withProxy(asArray: boolean): string {
  const el = `<dict>
<key>ProviderBundleIdentifier</key>
<string>com.mydomain.transparentproxy</string>
<key>ProviderType</key>
<string>app-proxy</string>
<key>Order</key>
<integer>3</integer>
</dict>`;
  return transparentProxyProfile(asArray ? `<array>\n${el}\n</array>` : el, 'com.mydomain.app');
}
const ARRAY_ONE = withProxy(true);
const DICT_ONE = withProxy(false);

test('N29: a TransparentProxy array is reported at its key', () => {
  const d = found(ARRAY_ONE, CODE);
  assert.equal(d.length, 1);
  assert.equal(d[0].text, '<key>TransparentProxy</key>');
  assert.equal(d[0].d.severity, 'error');
});

test('N29: a TransparentProxy dictionary passes; the key in another payload type is not this rule', () => {
  assert.equal(found(DICT_ONE, CODE).length, 0);
  const other = ARRAY_ONE.replace('com.apple.vpn.managed<', 'com.apple.webcontent-filter<');
  assert.equal(found(other, CODE).length, 0);
});

test('N29: one element: the array is replaced by its dictionary (tabs, spaces, CRLF)', () => {
  for (const style of STYLES) {
    const text = styled(ARRAY_ONE, style);
    const out = fixOnly(text, CODE);
    assert.equal(out, styled(DICT_ONE, style), style.name);
    assert.equal(found(out, CODE).length, 0, style.name);
  }
});

/** Seed 003-P08: the proxies as a root-level array, no envelope, Order as strings. */
const SEED = `<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE plist PUBLIC "-//Apple//DTD PLIST 1.0//EN" "http://www.apple.com/DTDs/PropertyList-1.0.dtd">
<plist version="1.0">
<dict>
<key>TransparentProxy</key>
<array>
<dict>
<key>ProviderBundleIdentifier</key>
<string>com.paloaltonetworks.GlobalProtect.client.extension</string>
<key>Order</key>
<string>1</string>
</dict>
<dict>
<key>ProviderBundleIdentifier</key>
<string>com.cisco.anyconnect.macos.acsockext</string>
<key>Order</key>
<string>2</string>
</dict>
</array>
</dict>
</plist>
`;

test('N29: the seed 003-P08 shape (root-level array) is reported', () => {
  const d = found(SEED, CODE);
  assert.equal(d.length, 1);
  assert.equal(d[0].text, '<key>TransparentProxy</key>');
  const fix = d[0].d.fixes[0];
  assert.equal(fix.preferred, true);
  assert.equal(fix.snippet, true, 'VPNSubType and the profile identifier are placeholders');
});

/** Replaces snippet placeholders by their defaults (what the user gets after accepting them). */
function acceptSnippet(s: string): string {
  return s.replace(/\$\{\d+:([^}]*)\}/g, '$1').replace(/\\([$}\\])/g, '$1');
}

test('N29: split without envelope wraps into a Configuration profile with one payload per element', () => {
  stubUuids();
  const out = acceptSnippet(fixOnly(SEED, CODE));
  const diags = lintProfile(out);
  assert.deepEqual(
    diags
      .filter((d) => d.code !== 'vpn/transparent-proxy-provider-type')
      .filter((d) => d.code.startsWith('vpn/') || d.code.startsWith('plist/'))
      .map((d) => d.code),
    [],
  );
  assert.equal((out.match(/<string>com\.apple\.vpn\.managed<\/string>/g) ?? []).length, 2);
  assert.match(out, /<key>PayloadType<\/key>\n\t<string>Configuration<\/string>/);
  assert.match(
    out,
    /\n\t\t\t\t<key>Order<\/key>\n\t\t\t\t<integer>1<\/integer>\n\t\t\t<\/dict>/,
    'flat source re-nested',
  );
  assert.match(out, /<key>Order<\/key>\n\t*<integer>2<\/integer>/);
  assert.match(out, /com\.example\.transparentproxy\.transparentproxy\.2/);
  assert.match(out, /<key>UserDefinedName<\/key>\n\t*<string>com\.cisco\.anyconnect\.macos\.acsockext<\/string>/);
});

const TWO_IN_ENVELOPE = profile(
  payload(
    'com.apple.vpn.managed',
    1,
    `<key>PayloadDisplayName</key>
<string>Proxies</string>
<key>VPNSubType</key>
<string>com.example.app</string>
<key>VPNType</key>
<string>TransparentProxy</string>
<key>TransparentProxy</key>
<array>
<dict>
<key>ProviderBundleIdentifier</key>
<string>com.example.app.a</string>
<key>Order</key>
<string>1</string>
</dict>
<dict>
<key>ProviderBundleIdentifier</key>
<string>com.example.app.b</string>
</dict>
</array>`,
  ),
);

const SPLIT_PAYLOADS = `		<dict>
			<key>PayloadDisplayName</key>
			<string>Proxies</string>
			<key>PayloadIdentifier</key>
			<string>com.example.profile.p1.transparentproxy.1</string>
			<key>PayloadType</key>
			<string>com.apple.vpn.managed</string>
			<key>PayloadUUID</key>
			<string>00000000-0000-4000-8000-000000000001</string>
			<key>PayloadVersion</key>
			<integer>1</integer>
			<key>UserDefinedName</key>
			<string>com.example.app.a</string>
			<key>VPNSubType</key>
			<string>com.example.app</string>
			<key>VPNType</key>
			<string>TransparentProxy</string>
			<key>TransparentProxy</key>
			<dict>
				<key>ProviderBundleIdentifier</key>
				<string>com.example.app.a</string>
				<key>Order</key>
				<integer>1</integer>
			</dict>
		</dict>
		<dict>
			<key>PayloadDisplayName</key>
			<string>Proxies</string>
			<key>PayloadIdentifier</key>
			<string>com.example.profile.p1.transparentproxy.2</string>
			<key>PayloadType</key>
			<string>com.apple.vpn.managed</string>
			<key>PayloadUUID</key>
			<string>00000000-0000-4000-8000-000000000002</string>
			<key>PayloadVersion</key>
			<integer>1</integer>
			<key>UserDefinedName</key>
			<string>com.example.app.b</string>
			<key>VPNSubType</key>
			<string>com.example.app</string>
			<key>VPNType</key>
			<string>TransparentProxy</string>
			<key>TransparentProxy</key>
			<dict>
				<key>ProviderBundleIdentifier</key>
				<string>com.example.app.b</string>
			</dict>
		</dict>`;

test('N29: split inside an envelope: exact text in every file style, re-lints clean', () => {
  for (const style of STYLES) {
    stubUuids();
    const text = styled(TWO_IN_ENVELOPE, style);
    const d = found(text, CODE);
    assert.equal(d.length, 1);
    assert.equal(d[0].d.fixes[0].snippet, undefined, 'existing VPNSubType is reused: no placeholder');
    stubUuids();
    const out = fixOnly(text, CODE);
    const start = TWO_IN_ENVELOPE.indexOf('\t\t<dict>');
    const end = TWO_IN_ENVELOPE.indexOf('\n\t</array>');
    const expected = TWO_IN_ENVELOPE.slice(0, start) + SPLIT_PAYLOADS + TWO_IN_ENVELOPE.slice(end);
    assert.equal(out, styled(expected, style), style.name);
    const codes = lintProfile(out).map((x) => x.code);
    assert.ok(!codes.includes(CODE) && !codes.includes('vpn/order-not-positive-integer'), style.name);
    assert.ok(!codes.some((c) => c.startsWith('plist/')), style.name);
  }
});

test('N29: a minified one-line profile is split inline and stays well-formed', () => {
  stubUuids();
  const oneLine = TWO_IN_ENVELOPE.replace(/\n\t*/g, '');
  const out = fixOnly(oneLine, CODE);
  assert.ok(!out.slice(0, -1).includes('\n'));
  const codes = lintProfile(out).map((x) => x.code);
  assert.ok(!codes.includes(CODE));
  assert.ok(!codes.some((c) => c.startsWith('plist/')));
});

test('N29: hides the generic type mismatch on the array (§1.15)', () => {
  const without = codesWithout(ARRAY_ONE, [CODE]);
  assert.ok(without.includes('profile/value-type-mismatch'), 'the generic rule does fire on the array');
  const codes = lintProfile(ARRAY_ONE).map((x) => x.code);
  assert.ok(codes.includes(CODE));
  assert.ok(!codes.includes('profile/value-type-mismatch'));
});
