import { test } from 'node:test';
import assert from 'node:assert/strict';
import { applyFix, covered, envelope, lintProfile, onlyCode, profile, stubUuids, vpnPayload } from './profileTestKit';

stubUuids();

const BARE_VPN = `<?xml version="1.0" encoding="UTF-8"?>
<plist version="1.0">
<dict>
	<key>PayloadIdentifier</key>
	<string>com.example.vpn</string>
	<key>PayloadType</key>
	<string>com.apple.vpn.managed</string>
	<key>PayloadUUID</key>
	<string>11111111-2222-4333-8444-555555555555</string>
	<key>PayloadVersion</key>
	<integer>1</integer>
	<key>PayloadDisplayName</key>
	<string>VPN</string>
	<key>UserDefinedName</key>
	<string>Corp</string>
	<key>VPNType</key>
	<string>VPN</string>
</dict>
</plist>
`;

test('N61: a bare payload at the root is reported at its PayloadType and can be wrapped', () => {
  const d = onlyCode(lintProfile(BARE_VPN), 'profile/top-level-payload-type');
  assert.equal(d.length, 1);
  assert.equal(covered(BARE_VPN, d[0]), 'com.apple.vpn.managed');
  const fix = d[0].fixes[0];
  assert.equal(fix.preferred, true);
  const out = applyFix(BARE_VPN, d[0]);
  assert.equal(
    out,
    `<?xml version="1.0" encoding="UTF-8"?>
<plist version="1.0">
<dict>
	<key>PayloadContent</key>
	<array>
		<dict>
			<key>PayloadIdentifier</key>
			<string>com.example.vpn</string>
			<key>PayloadType</key>
			<string>com.apple.vpn.managed</string>
			<key>PayloadUUID</key>
			<string>11111111-2222-4333-8444-555555555555</string>
			<key>PayloadVersion</key>
			<integer>1</integer>
			<key>PayloadDisplayName</key>
			<string>VPN</string>
			<key>UserDefinedName</key>
			<string>Corp</string>
			<key>VPNType</key>
			<string>VPN</string>
		</dict>
	</array>
	<key>PayloadDisplayName</key>
	<string>VPN</string>
	<key>PayloadIdentifier</key>
	<string>com.example.vpn.profile</string>
	<key>PayloadType</key>
	<string>Configuration</string>
	<key>PayloadUUID</key>
	<string>00000000-0000-4000-8000-000000000001</string>
	<key>PayloadVersion</key>
	<integer>1</integer>
</dict>
</plist>
`,
  );
  // The wrapped profile no longer has envelope problems.
  const after = lintProfile(out).filter((x) => x.code.startsWith('profile/') && x.severity !== 'info');
  assert.deepEqual(
    after.map((x) => x.code),
    [],
  );
});

test('N61: case-only variant gets a preferred replacement; Configuration passes', () => {
  const text = profile([vpnPayload()]).replace('<string>Configuration</string>', '<string>configuration</string>');
  const d = onlyCode(lintProfile(text), 'profile/top-level-payload-type');
  assert.equal(d.length, 1);
  assert.match(applyFix(text, d[0]), /<string>Configuration<\/string>/);
  assert.equal(onlyCode(lintProfile(profile([vpnPayload()])), 'profile/top-level-payload-type').length, 0);
});

test('N62: <string>1</string> and <integer>2</integer> are reported, fix writes <integer>1</integer>', () => {
  const base = profile([vpnPayload()]);
  const text = base.replace(
    '\t<key>PayloadVersion</key>\n\t<integer>1</integer>',
    '\t<key>PayloadVersion</key>\n\t<string>1</string>',
  );
  const diags = lintProfile(text);
  const d = onlyCode(diags, 'profile/payload-version-invalid');
  assert.equal(d.length, 1);
  assert.equal(covered(text, d[0]), '1');
  assert.equal(onlyCode(diags, 'profile/value-type-mismatch').length, 0, 'N62 supersedes N69');
  assert.equal(applyFix(text, d[0]), base);
  const two = base.replace('<integer>1</integer>', '<integer>2</integer>'); // the payload's (first) version
  assert.equal(onlyCode(lintProfile(two), 'profile/payload-version-invalid').length, 1);
  assert.equal(onlyCode(lintProfile(two), 'profile/value-not-in-rangelist').length, 0);
});

test('N63: payload without PayloadVersion is a warning at the payload dict; fix inserts <integer>1</integer>', () => {
  const payload = vpnPayload().replace('<key>PayloadVersion</key>\n<integer>1</integer>\n', '');
  const text = profile([payload]);
  const d = onlyCode(lintProfile(text), 'profile/envelope-key-missing');
  assert.equal(d.length, 1);
  assert.equal(d[0].severity, 'warning');
  assert.equal(covered(text, d[0]), '<dict>');
  const out = applyFix(text, d[0]);
  assert.match(
    out,
    /<string>com\.example\.app<\/string>\n\t\t\t<key>PayloadVersion<\/key>\n\t\t\t<integer>1<\/integer>\n\t\t<\/dict>/,
  );
  assert.equal(onlyCode(lintProfile(out), 'profile/envelope-key-missing').length, 0);
});

test('N63: empty PayloadUUID is an error; root without PayloadContent; complete envelopes pass', () => {
  const text = profile([envelope('com.apple.security.root', { uuid: '' })]);
  const d = onlyCode(lintProfile(text), 'profile/envelope-key-missing');
  assert.equal(d.length, 1);
  assert.equal(d[0].severity, 'error');
  assert.match(applyFix(text, d[0]), /<key>PayloadUUID<\/key>\n\t\t\t<string>00000000-0000-4000-8000-\d{12}<\/string>/);
  assert.equal(onlyCode(lintProfile(profile([vpnPayload()])), 'profile/envelope-key-missing').length, 0);
});

test('N63: payload keys at the root are wrapped into a payload and a profile', () => {
  const text = `<plist version="1.0">
<dict>
  <key>PayloadIdentifier</key>
  <string>com.example</string>
  <key>VPNType</key>
  <string>VPN</string>
</dict>
</plist>
`;
  const d = onlyCode(lintProfile(text), 'profile/envelope-key-missing');
  assert.equal(d.length, 1);
  assert.equal(d[0].severity, 'error');
  assert.match(d[0].message, /profile level/);
  const wrap = d[0].fixes[0];
  assert.equal(wrap.preferred, true);
  const out = applyFix(text, d[0]);
  assert.match(
    out,
    /^<plist version="1.0">\n<dict>\n {2}<key>PayloadContent<\/key>\n {2}<array>\n {4}<dict>\n {6}<key>PayloadIdentifier<\/key>/,
  );
  assert.match(out, / {6}<key>PayloadType<\/key>\n {6}<string>com\.apple\.vpn\.managed<\/string>/);
  assert.match(out, / {2}<key>PayloadIdentifier<\/key>\n {2}<string>com\.example\.profile<\/string>/);
  const again = onlyCode(lintProfile(out), 'profile/envelope-key-missing');
  assert.deepEqual(
    again.map((x) => x.message),
    [],
  );
});
