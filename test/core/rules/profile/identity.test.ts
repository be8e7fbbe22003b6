import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  ROOT_UUID,
  applyFix,
  covered,
  envelope,
  lintProfile,
  onlyCode,
  profile,
  stubUuids,
  vpnPayload,
} from './profileTestKit';

stubUuids();

test('N64: a payload reusing the root UUID is reported at the later occurrence with related info', () => {
  const text = profile([envelope('com.apple.security.root', { uuid: ROOT_UUID })]);
  const d = onlyCode(lintProfile(text), 'profile/duplicate-payload-uuid');
  assert.equal(d.length, 1);
  // The payload comes first in the file, the root's PayloadUUID after PayloadContent.
  assert.ok(d[0].start > text.indexOf('<key>PayloadContent</key>'));
  assert.equal(covered(text, d[0]), ROOT_UUID);
  assert.equal(d[0].start, text.lastIndexOf(ROOT_UUID));
  assert.equal(d[0].related.length, 1);
  assert.equal(d[0].related[0].start, text.indexOf(ROOT_UUID));
  const out = applyFix(text, d[0]);
  assert.equal(onlyCode(lintProfile(out), 'profile/duplicate-payload-uuid').length, 0);
});

test('N64: comparison is case-insensitive; distinct UUIDs pass', () => {
  const text = profile([
    envelope('com.apple.security.root', { uuid: 'abcdef00-0000-4000-8000-000000000001' }),
    envelope('com.apple.security.pem', { uuid: 'ABCDEF00-0000-4000-8000-000000000001' }),
  ]);
  assert.equal(onlyCode(lintProfile(text), 'profile/duplicate-payload-uuid').length, 1);
  assert.equal(
    onlyCode(lintProfile(profile([vpnPayload(), vpnPayload()])), 'profile/duplicate-payload-uuid').length,
    0,
  );
});

test('N65: a non-UUID PayloadUUID is a warning with a new-UUID fix; lower-case and build variables pass', () => {
  const bad = 'io.kandji.forticlient.E23F522E-D2FF-49CE-8C9C-F1B2DB821C65';
  const text = profile([envelope('com.apple.security.root', { uuid: bad })]);
  const d = onlyCode(lintProfile(text), 'profile/payload-uuid-format');
  assert.equal(d.length, 1);
  assert.equal(d[0].severity, 'warning');
  assert.equal(covered(text, d[0]), bad);
  const fixed = d[0].fixes[0].edits[0].newText;
  assert.match(fixed, /^00000000-0000-4000-8000-\d{12}$/);
  assert.equal(applyFix(text, d[0]), text.replace(bad, fixed));
  const ok = profile([
    envelope('com.apple.security.root', { uuid: 'e23f522e-d2ff-49ce-8c9c-f1b2db821c65' }),
    envelope('com.apple.security.pem', { uuid: '$(PAYLOAD_UUID)' }),
  ]);
  assert.equal(onlyCode(lintProfile(ok), 'profile/payload-uuid-format').length, 0);
});

test('N66: two payloads with one identifier → warning at the later; fix appends the payload UUID', () => {
  const u2 = 'C0000000-0000-4000-8000-000000000002';
  const text = profile([
    envelope('com.apple.security.root', { id: 'com.example.vpn' }),
    envelope('com.apple.security.pem', { id: 'com.example.vpn', uuid: u2 }),
  ]);
  const d = onlyCode(lintProfile(text), 'profile/duplicate-payload-identifier');
  assert.equal(d.length, 1);
  assert.equal(d[0].severity, 'warning');
  assert.equal(d[0].start, text.lastIndexOf('com.example.vpn'));
  assert.equal(
    applyFix(text, d[0]),
    text.replace(
      `com.example.vpn</string>\n\t\t\t<key>PayloadType</key>\n\t\t\t<string>com.apple.security.pem`,
      `com.example.vpn.${u2}</string>\n\t\t\t<key>PayloadType</key>\n\t\t\t<string>com.apple.security.pem`,
    ),
  );
  // Equal to the root's identifier.
  const root = profile([envelope('com.apple.security.root', { id: 'com.example.profile' })]);
  assert.equal(onlyCode(lintProfile(root), 'profile/duplicate-payload-identifier').length, 1);
  // Distinct identifiers pass.
  const fine = profile([
    envelope('com.apple.security.root', { id: 'a.b.tunnel' }),
    envelope('com.apple.security.pem', { id: 'a.b.policy' }),
  ]);
  assert.equal(onlyCode(lintProfile(fine), 'profile/duplicate-payload-identifier').length, 0);
});

test('N67: unresolved certificate UUID (error), non-certificate target (warning), certificate target passes', () => {
  const cert = 'CE000000-0000-4000-8000-000000000001';
  const vpnWith = (u: string) =>
    vpnPayload(`<key>VPN</key>\n<dict>\n<key>PayloadCertificateUUID</key>\n<string>${u}</string>\n</dict>`);
  const missing = profile([
    vpnWith('0F0F0F0F-0000-4000-8000-000000000000'),
    envelope('com.apple.security.pkcs12', { uuid: cert }),
  ]);
  const d = onlyCode(lintProfile(missing), 'profile/certificate-uuid-unresolved');
  assert.equal(d.length, 1);
  assert.equal(d[0].severity, 'error');
  assert.equal(covered(missing, d[0]), '0F0F0F0F-0000-4000-8000-000000000000');
  // Exactly one certificate payload → preferred fix to use it.
  assert.equal(d[0].fixes[0].preferred, true);
  assert.equal(onlyCode(lintProfile(applyFix(missing, d[0])), 'profile/certificate-uuid-unresolved').length, 0);

  const wrongKind = profile([vpnWith(cert), envelope('com.apple.dnsSettings.managed', { uuid: cert })]);
  const w = onlyCode(lintProfile(wrongKind), 'profile/certificate-uuid-unresolved');
  assert.equal(w.length, 1);
  assert.equal(w[0].severity, 'warning');

  const good = profile([vpnWith(cert.toLowerCase()), envelope('com.apple.security.pkcs12', { uuid: cert })]);
  assert.equal(onlyCode(lintProfile(good), 'profile/certificate-uuid-unresolved').length, 0);
});
