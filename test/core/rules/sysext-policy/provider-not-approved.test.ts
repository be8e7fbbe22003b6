import { test } from 'node:test';
import assert from 'node:assert/strict';
import { rule } from '../../../../server/src/core/rules/sysext-policy/provider-not-approved';
import { applyFix, covered, profile, run } from '../requirement/harness';

const TEAM = 'Q1W2E3R4T5';

function policyPayload(...entries: string[]): string {
  return [
    '<dict>',
    '\t<key>PayloadType</key>',
    '\t<string>com.apple.system-extension-policy</string>',
    ...entries,
    '</dict>',
  ].join('\n');
}
const allowed = (team: string, ...ids: string[]) =>
  [
    '\t<key>AllowedSystemExtensions</key>',
    '\t<dict>',
    `\t\t<key>${team}</key>`,
    '\t\t<array>',
    ...ids.map((i) => `\t\t\t<string>${i}</string>`),
    '\t\t</array>',
    '\t</dict>',
  ].join('\n');
const vpn = (bundle: string, dr?: string) =>
  [
    '<dict>',
    '\t<key>PayloadType</key>',
    '\t<string>com.apple.vpn.managed</string>',
    '\t<key>VPN</key>',
    '\t<dict>',
    '\t\t<key>ProviderBundleIdentifier</key>',
    `\t\t<string>${bundle}</string>`,
    ...(dr ? ['\t\t<key>ProviderDesignatedRequirement</key>', `\t\t<string>${dr}</string>`] : []),
    '\t</dict>',
    '</dict>',
  ].join('\n');
const drFor = (id: string, team: string) =>
  `anchor apple generic and identifier "${id}" and certificate leaf[subject.OU] = ${team}`;

test('catalog failing example: provider not in its team list; fix appends it', () => {
  const text = profile(policyPayload(allowed(TEAM, 'com.example.vpn.ext')), vpn('com.example.vpn'));
  const [f, ...rest] = run(rule, text);
  assert.equal(rest.length, 0);
  assert.equal(covered(text, f), 'com.example.vpn');
  assert.equal(f.fixes![0].preferred, true);
  const fixed = applyFix(text, f);
  assert.equal(
    fixed,
    profile(policyPayload(allowed(TEAM, 'com.example.vpn.ext', 'com.example.vpn')), vpn('com.example.vpn')),
  );
  assert.deepEqual(run(rule, fixed), []);
});

test('catalog passing example: provider listed', () => {
  assert.deepEqual(
    run(rule, profile(policyPayload(allowed(TEAM, 'com.example.vpn.ext')), vpn('com.example.vpn.ext'))),
    [],
  );
});

test('team from the DR: another team in the DR is not this policy’s business', () => {
  const other = profile(
    policyPayload(allowed(TEAM, 'x')),
    vpn('com.example.vpn', drFor('com.example.vpn', 'UBF8T346G9')),
  );
  assert.deepEqual(run(rule, other), []);
  const same = profile(policyPayload(allowed(TEAM, 'x')), vpn('com.example.vpn', drFor('com.example.vpn', TEAM)));
  assert.equal(run(rule, same).length, 1);
});

test('guards: team-wide approval, no policy payload, empty list is filled', () => {
  const teamWide = policyPayload(
    '\t<key>AllowedTeamIdentifiers</key>\n\t<array>\n\t\t<string>' + TEAM + '</string>\n\t</array>',
    allowed(TEAM, 'x'),
  );
  assert.deepEqual(run(rule, profile(teamWide, vpn('com.example.vpn'))), []);
  assert.deepEqual(run(rule, profile(vpn('com.example.vpn', drFor('com.example.vpn', TEAM)))), []);
  const empty = profile(policyPayload(allowed(TEAM)), vpn('com.example.vpn'));
  const [f] = run(rule, empty);
  assert.equal(applyFix(empty, f), profile(policyPayload(allowed(TEAM, 'com.example.vpn')), vpn('com.example.vpn')));
});

test('filter providers count only when FilterSockets / FilterPackets is true', () => {
  const filter = (sockets: string) =>
    [
      '<dict>',
      '\t<key>PayloadType</key>',
      '\t<string>com.apple.webcontent-filter</string>',
      '\t<key>FilterDataProviderBundleIdentifier</key>',
      '\t<string>com.example.filter</string>',
      '\t<key>FilterSockets</key>',
      `\t${sockets}`,
      '</dict>',
    ].join('\n');
  assert.equal(run(rule, profile(policyPayload(allowed(TEAM, 'x')), filter('<true/>'))).length, 1);
  assert.equal(run(rule, profile(policyPayload(allowed(TEAM, 'x')), filter('<false/>'))).length, 0);
});

test('fix keeps CRLF line endings and 2-space indentation', () => {
  const lf = profile(policyPayload(allowed(TEAM, 'com.example.vpn.ext')), vpn('com.example.vpn'));
  const style = (s: string) => s.replace(/\t/g, '  ').replace(/\n/g, '\r\n');
  const text = style(lf);
  const [f] = run(rule, text);
  assert.equal(
    applyFix(text, f),
    style(profile(policyPayload(allowed(TEAM, 'com.example.vpn.ext', 'com.example.vpn')), vpn('com.example.vpn'))),
  );
});
