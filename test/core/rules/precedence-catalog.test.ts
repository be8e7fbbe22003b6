/**
 * Catalog §1.15 (precedence), single-file items: the winning rules declare what they beat in `meta.supersedes`
 * (items 2, 3, 7, 8a, 9, 10b). Items that cannot be node-scoped declarations are checked by behaviour:
 * 8b (N63 owns the `Payload*` keys — N68 reports other keys at the same dict anchor, so a node-scoped
 * declaration would wrongly hide them), 10a (N35 stops the other requirement rules for that string) and 11
 * (N28 stops every non-plist rule). Items naming xfile/ or provisioning/ rules belong to those families.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ruleByCode } from '../../../server/src/core/rules';
import { lint } from '../../helpers/lint';

const DECLARED: [winner: string, losers: string[]][] = [
  ['entitlements/ne-value-platform-unsupported', ['entitlements/ne-systemextension-suffix-outside-devid']],
  [
    'entitlements/ne-value-unknown',
    [
      'entitlements/ne-devid-requires-systemextension-suffix',
      'entitlements/ne-systemextension-suffix-outside-devid',
      'entitlements/ne-value-platform-unsupported',
    ],
  ],
  ...[
    'vpn/transparent-proxy-array',
    'vpn/order-not-positive-integer',
    'vpn/integer-flag-as-boolean',
    'profile/payload-version-invalid',
    'profile/top-level-payload-type',
  ].map((w): [string, string[]] => [w, ['profile/value-type-mismatch', 'profile/value-not-in-rangelist']]),
  ['vpn/applayer-vpnuuid-missing', ['profile/required-key-missing']],
  ['vpn/transparent-proxy-requires-macos-14', ['profile/unavailable-on-platform']],
  ['requirement/placeholder-team-id', ['requirement/team-id-format']],
];

test('§1.15: the winning single-file rules declare the codes they supersede', () => {
  for (const [winner, losers] of DECLARED) {
    const declared = (ruleByCode(winner)?.meta.supersedes ?? []).map((s) => s.code);
    for (const loser of losers) assert.ok(declared.includes(loser), `${winner} should supersede ${loser}`);
  }
});

function profileWith(payload: string): string {
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<plist version="1.0">',
    '<dict>',
    '\t<key>PayloadContent</key>',
    '\t<array>',
    '\t\t<dict>',
    payload,
    '\t\t</dict>',
    '\t</array>',
    '\t<key>PayloadIdentifier</key>',
    '\t<string>com.example.profile</string>',
    '\t<key>PayloadType</key>',
    '\t<string>Configuration</string>',
    '\t<key>PayloadUUID</key>',
    '\t<string>A1B2C3D4-0000-4000-8000-000000000001</string>',
    '\t<key>PayloadVersion</key>',
    '\t<integer>1</integer>',
    '</dict>',
    '</plist>',
    '',
  ].join('\n');
}

test('§1.15 item 8b: a missing PayloadVersion is N63 only; N68 still reports the payload keys at the same dict', () => {
  const text = profileWith(
    [
      '\t\t\t<key>PayloadIdentifier</key>',
      '\t\t\t<string>com.example.vpn</string>',
      '\t\t\t<key>PayloadType</key>',
      '\t\t\t<string>com.apple.vpn.managed</string>',
      '\t\t\t<key>PayloadUUID</key>',
      '\t\t\t<string>B0000000-0000-4000-8000-000000000001</string>',
      '\t\t\t<key>VPNType</key>',
      '\t\t\t<string>IKEv2</string>',
    ].join('\n'),
  );
  const diags = lint(text, { path: 'x.mobileconfig' });
  const n63 = diags.filter((d) => d.code === 'profile/envelope-key-missing');
  const n68 = diags.filter((d) => d.code === 'profile/required-key-missing');
  assert.equal(n63.length, 1);
  assert.equal(n63[0].severity, 'warning');
  const payloadDict = text.indexOf('\t\t<dict>') + 2;
  assert.equal(n63[0].start, payloadDict);
  // UserDefinedName is missing too: N68 reports it at the same anchor and never lists a Payload* key.
  const atDict = n68.filter((d) => d.start === payloadDict);
  assert.equal(atDict.length, 1);
  assert.deepEqual(atDict[0].data?.missing, ['UserDefinedName']);
});

test('§1.15 item 10a: a requirement that does not parse gets N35 only', () => {
  const dr = 'anchor apple generic and identifier "com.example.other" and certificate leaf[subject.OU] = TEAMID and (';
  const text = profileWith(
    [
      '\t\t\t<key>PayloadIdentifier</key>',
      '\t\t\t<string>com.example.dnsproxy</string>',
      '\t\t\t<key>PayloadType</key>',
      '\t\t\t<string>com.apple.dnsProxy.managed</string>',
      '\t\t\t<key>PayloadUUID</key>',
      '\t\t\t<string>B0000000-0000-4000-8000-000000000001</string>',
      '\t\t\t<key>PayloadVersion</key>',
      '\t\t\t<integer>1</integer>',
      '\t\t\t<key>AppBundleIdentifier</key>',
      '\t\t\t<string>com.example.app</string>',
      '\t\t\t<key>ProviderBundleIdentifier</key>',
      '\t\t\t<string>com.example.app.dns</string>',
      '\t\t\t<key>ProviderDesignatedRequirement</key>',
      `\t\t\t<string>${dr}</string>`,
    ].join('\n'),
  );
  const codes = lint(text, { path: 'x.mobileconfig' })
    .map((d) => d.code)
    .filter((c) => c.startsWith('requirement/'));
  assert.deepEqual(codes, ['requirement/syntax-error']);
  // The same string, closed, reports the mismatch and the placeholder (so the test above can fail).
  const closed = text.replace(dr, dr.slice(0, -5));
  const closedCodes = lint(closed, { path: 'x.mobileconfig' }).map((d) => d.code);
  assert.ok(closedCodes.includes('requirement/identifier-mismatch'));
  assert.ok(closedCodes.includes('requirement/placeholder-team-id'));
  assert.ok(!closedCodes.includes('requirement/team-id-format'));
});

test('§1.15 item 11: a not-well-formed file gets plist/ diagnostics only', () => {
  const text = profileWith(
    [
      '\t\t\t<key>PayloadType</key>',
      '\t\t\t<string>com.apple.vpn.manged</string>',
      '\t\t\t<key>URL</key>',
      '\t\t\t<string>https://example.com/?a=1&b=2</string>',
    ].join('\n'),
  );
  const codes = lint(text, { path: 'x.mobileconfig' }).map((d) => d.code);
  assert.ok(codes.includes('plist/xml-not-well-formed'));
  assert.deepEqual(
    codes.filter((c) => !c.startsWith('plist/')),
    [],
  );
  assert.ok(
    lint(text.replace('&b', '&amp;b'), { path: 'x.mobileconfig' }).some(
      (d) => d.code === 'profile/unknown-payload-type',
    ),
  );
});
