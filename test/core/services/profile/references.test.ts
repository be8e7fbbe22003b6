import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadDocumentFromText } from '../../../../server/src/core/engine/loadDocument';
import { findUuidReferences, profileOutline } from '../../../../server/src/core/services/profile';
import { applyEdits } from '../../../../server/src/core/text/edits';
import { envelope, profile, vpnPayload } from '../../rules/profile/profileTestKit';

const VPNUUID = 'AAAA0000-0000-4000-8000-000000000001';
const CERT = 'CE000000-0000-4000-8000-000000000001';

const applayer = () =>
  vpnPayload(`<key>VPNUUID</key>\n<string>${VPNUUID}</string>`).replace(
    'com.apple.vpn.managed<',
    'com.apple.vpn.managed.applayer<',
  );
const mapping = (u = VPNUUID) =>
  [
    envelope('com.apple.vpn.managed.appmapping'),
    '<key>AppLayerVPNMapping</key>',
    '<array>',
    '<dict>',
    '<key>VPNUUID</key>',
    `<string>${u}</string>`,
    '</dict>',
    '</array>',
  ].join('\n');

test('VPNUUID: definition is the applayer payload, references include the mapping; rename edits both', () => {
  const text = profile([applayer(), mapping(VPNUUID.toLowerCase())]);
  const doc = loadDocumentFromText('a.mobileconfig', text);
  const onMapping = text.lastIndexOf(VPNUUID.toLowerCase()) + 3;
  const r = findUuidReferences(doc, onMapping);
  assert.ok(r);
  assert.equal(r.kind, 'VPNUUID');
  assert.equal(r.definition?.start, text.indexOf(VPNUUID));
  assert.deepEqual(
    r.references.map((o) => o.start),
    [text.lastIndexOf(VPNUUID.toLowerCase())],
  );
  const edits = r.rename('NEW-UUID');
  assert.equal(edits.length, 1);
  const out = applyEdits(text, edits[0].edits);
  assert.equal(out.split('NEW-UUID').length - 1, 2);
  assert.ok(!out.includes(VPNUUID) && !out.includes(VPNUUID.toLowerCase()));
});

test('VPNUUID across profiles: the mapping in one document finds the definition in another', () => {
  const a = loadDocumentFromText('mapping.mobileconfig', profile([mapping()]));
  const b = loadDocumentFromText('vpn.mobileconfig', profile([applayer()]));
  const r = findUuidReferences(a, a.text.indexOf(VPNUUID) + 1, [b]);
  assert.ok(r?.definition);
  assert.equal(r.definition.path, 'vpn.mobileconfig');
  assert.deepEqual(
    r.rename('X').map((e) => e.path),
    ['mapping.mobileconfig', 'vpn.mobileconfig'],
  );
});

test('PayloadCertificateUUID: definition is the certificate payload; from the PayloadUUID side too', () => {
  const text = profile([
    vpnPayload(`<key>VPN</key>\n<dict>\n<key>PayloadCertificateUUID</key>\n<string>${CERT}</string>\n</dict>`),
    envelope('com.apple.security.pkcs12', { uuid: CERT }),
  ]);
  const doc = loadDocumentFromText('c.mobileconfig', text);
  const r = findUuidReferences(doc, text.indexOf(CERT) + 1);
  assert.ok(r);
  assert.equal(r.kind, 'PayloadCertificateUUID');
  assert.equal(r.definition?.start, text.lastIndexOf(CERT));
  assert.deepEqual(
    r.references.map((o) => o.start),
    [text.indexOf(CERT)],
  );
  const fromDef = findUuidReferences(doc, text.lastIndexOf(CERT) + 1);
  assert.equal(fromDef?.references.length, 1);
  assert.equal(findUuidReferences(doc, text.indexOf('Corp VPN') + 1), undefined);
});

test('outline: the profile with one symbol per payload', () => {
  const text = profile([applayer(), mapping()]);
  const outline = profileOutline(loadDocumentFromText('o.mobileconfig', text));
  assert.equal(outline.length, 1);
  const payloads = outline[0].children.filter((c) => c.kind === 'payload');
  assert.deepEqual(
    payloads.map((p) => p.detail?.split(' · ')[0]),
    ['com.apple.vpn.managed.applayer', 'com.apple.vpn.managed.appmapping'],
  );
  assert.ok(payloads[0].children.some((k) => k.name === 'VPNUUID'));
});
