/** N42 vpn/applayer-vpnuuid-missing, N43 vpn/vpnuuid-unresolved, N44 vpn/vpnuuid-format. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { STYLES, found, fixOnly, payload, profile, styled, stubUuids } from './kit';
import { loadDocumentFromText } from '../../../../server/src/core/engine/loadDocument';

const UUID = 'D2773557-B535-414F-968A-5447D9C02D52';

function applayer(n: number, vpnuuid?: string): string {
  const body = `<key>UserDefinedName</key>\n<string>Per-app</string>\n<key>VPNType</key>\n<string>IKEv2</string>`;
  return payload(
    'com.apple.vpn.managed.applayer',
    n,
    vpnuuid === undefined ? body : `${body}\n<key>VPNUUID</key>\n<string>${vpnuuid}</string>`,
  );
}

function appmapping(n: number, ...uuids: string[]): string {
  const items = uuids
    .map(
      (u) =>
        `<dict>\n<key>Identifier</key>\n<string>com.google.chrome.ios</string>\n<key>VPNUUID</key>\n<string>${u}</string>\n</dict>`,
    )
    .join('\n');
  return payload('com.apple.vpn.managed.appmapping', n, `<key>AppLayerVPNMapping</key>\n<array>\n${items}\n</array>`);
}

test('N42: an applayer payload without VPNUUID is reported at its PayloadType; fix inserts a new UUID', () => {
  const text = profile(applayer(1));
  const d = found(text, 'vpn/applayer-vpnuuid-missing');
  assert.equal(d.length, 1);
  assert.equal(d[0].text, 'com.apple.vpn.managed.applayer');
  for (const style of STYLES) {
    stubUuids();
    const out = fixOnly(styled(text, style), 'vpn/applayer-vpnuuid-missing');
    const expected = text.replace(
      '<string>IKEv2</string>\n',
      '<string>IKEv2</string>\n\t\t\t<key>VPNUUID</key>\n\t\t\t<string>00000000-0000-4000-8000-000000000001</string>\n',
    );
    assert.equal(out, styled(expected, style), style.name);
  }
});

test('N42: an empty VPNUUID is filled; com.apple.vpn.managed payloads are not checked; the generic rule is hidden', () => {
  const empty = profile(applayer(1, ''));
  assert.equal(found(empty, 'vpn/applayer-vpnuuid-missing').length, 1);
  stubUuids();
  const out = fixOnly(empty, 'vpn/applayer-vpnuuid-missing');
  assert.ok(out.includes('<key>VPNUUID</key>\n\t\t\t<string>00000000-0000-4000-8000-000000000001</string>'));
  const managed = profile(
    payload(
      'com.apple.vpn.managed',
      1,
      '<key>UserDefinedName</key>\n<string>x</string>\n<key>VPNType</key>\n<string>IKEv2</string>',
    ),
  );
  assert.equal(found(managed, 'vpn/applayer-vpnuuid-missing').length, 0);
  assert.equal(
    found(empty, 'profile/required-key-missing').length,
    0,
    'one diagnostic for the missing VPNUUID (§1.15)',
  );
  assert.equal(found(profile(applayer(1, UUID)), 'vpn/applayer-vpnuuid-missing').length, 0);
});

test('N43: an app-mapping VPNUUID matching no applayer payload is an error; the fix uses the only applayer UUID', () => {
  const other = '11111111-2222-4333-8444-555555555555';
  const text = profile(applayer(1, UUID), appmapping(2, other));
  const d = found(text, 'vpn/vpnuuid-unresolved');
  assert.equal(d.length, 1);
  assert.equal(d[0].text, other);
  assert.equal(d[0].d.severity, 'error');
  const out = fixOnly(text, 'vpn/vpnuuid-unresolved');
  assert.equal(out, text.replace(other, UUID));
  assert.equal(found(out, 'vpn/vpnuuid-unresolved').length, 0);
});

test('N43: case-insensitive match passes; without applayer payload it is info; another workspace profile resolves it', () => {
  const lower = profile(applayer(1, UUID), appmapping(2, UUID.toLowerCase()));
  assert.equal(found(lower, 'vpn/vpnuuid-unresolved').length, 0);
  const alone = profile(appmapping(1, UUID));
  const d = found(alone, 'vpn/vpnuuid-unresolved');
  assert.equal(d.length, 1);
  assert.equal(d[0].d.severity, 'info');
  const otherProfile = loadDocumentFromText('other.mobileconfig', profile(applayer(1, UUID)));
  const project = { configuration: 'Release', targets: [], profiles: [otherProfile] };
  assert.equal(found(alone, 'vpn/vpnuuid-unresolved', { project }).length, 0);
});

test('N43: account payload VPNUUID references are checked; empty references are left to the generic rule', () => {
  const mail = payload(
    'com.apple.mail.managed',
    3,
    `<key>VPNUUID</key>\n<string>11111111-2222-4333-8444-555555555555</string>`,
  );
  assert.equal(found(profile(applayer(1, UUID), mail), 'vpn/vpnuuid-unresolved').length, 1);
  assert.equal(found(profile(applayer(1, UUID), appmapping(2, '')), 'vpn/vpnuuid-unresolved').length, 0);
});

test('N44: a non-UUID applayer VPNUUID is a warning; the fix renews it and every reference', () => {
  const text = profile(applayer(1, 'corp-vpn'), appmapping(2, 'corp-vpn', 'corp-vpn'));
  const d = found(text, 'vpn/vpnuuid-format');
  assert.equal(d.length, 3);
  assert.ok(d.every((x) => x.text === 'corp-vpn' && x.d.severity === 'warning'));
  assert.equal(found(text, 'vpn/vpnuuid-unresolved').length, 0, 'the references do resolve');
  stubUuids();
  const out = fixOnly(text, 'vpn/vpnuuid-format', {}, undefined, 0);
  assert.equal(out.split('00000000-0000-4000-8000-000000000001').length - 1, 3);
  assert.equal(found(out, 'vpn/vpnuuid-format').length, 0);
});

test('N44: lower-case UUIDs and build variables pass', () => {
  assert.equal(found(profile(applayer(1, UUID.toLowerCase())), 'vpn/vpnuuid-format').length, 0);
  assert.equal(found(profile(applayer(1, '$(VPN_UUID)')), 'vpn/vpnuuid-format').length, 0);
});
