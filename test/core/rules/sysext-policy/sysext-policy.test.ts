import { test } from 'node:test';
import assert from 'node:assert/strict';
import { rule as n49 } from '../../../../server/src/core/rules/sysext-policy/team-id-format';
import { rule as n50 } from '../../../../server/src/core/rules/sysext-policy/team-in-allowed-teams-and-extensions';
import { rule as n51 } from '../../../../server/src/core/rules/sysext-policy/unknown-extension-type';
import { rule as n53 } from '../../../../server/src/core/rules/sysext-policy/removable-and-nonremovable-overlap';
import { applyFix, covered, profile, run } from '../requirement/harness';

const TEAM = 'Q1W2E3R4T5';

/** A system-extension policy payload with the given entries (tab-indented XML at payload level). */
function policy(...entries: string[]): string {
  return profile(
    [
      '<dict>',
      '\t<key>PayloadType</key>',
      '\t<string>com.apple.system-extension-policy</string>',
      ...entries.map((e) => e.replace(/^/gm, '\t')),
      '</dict>',
    ].join('\n'),
  );
}

const teams = (...ids: string[]) =>
  ['<key>AllowedTeamIdentifiers</key>', '<array>', ...ids.map((t) => `\t<string>${t}</string>`), '</array>'].join('\n');
const teamDict = (name: string, team: string, ...items: string[]) =>
  [
    `<key>${name}</key>`,
    '<dict>',
    `\t<key>${team}</key>`,
    '\t<array>',
    ...items.map((i) => `\t\t<string>${i}</string>`),
    '\t</array>',
    '</dict>',
  ].join('\n');

test('N49 catalog failing example: TEAMID in AllowedTeamIdentifiers (placeholder)', () => {
  const text = policy(teams('TEAMID'));
  const [f, ...rest] = run(n49, text);
  assert.equal(rest.length, 0);
  assert.equal(covered(text, f), 'TEAMID');
  assert.equal(f.data?.placeholder, true);
  assert.deepEqual(f.fixes, []);
});

test('N49 passing: real 10-character IDs (corpus UBF8T346G9, PXPZ95SK77, 63JU25B8Q7) and build variables', () => {
  assert.deepEqual(run(n49, policy(teams('UBF8T346G9', 'PXPZ95SK77', '63JU25B8Q7', '$(DEVELOPMENT_TEAM)'))), []);
  assert.deepEqual(run(n49, policy(teamDict('AllowedSystemExtensions', TEAM, 'com.example.ext'))), []);
});

test('N49: keys of team-keyed dicts are checked at the <key>; preferred fix trims/upper-cases', () => {
  const text = policy(teamDict('RemovableSystemExtensions', 'q1w2e3r4t5', 'com.example.ext'));
  const [f] = run(n49, text);
  assert.equal(covered(text, f), '<key>q1w2e3r4t5</key>');
  assert.equal(f.fixes![0].preferred, true);
  assert.equal(applyFix(text, f), policy(teamDict('RemovableSystemExtensions', TEAM, 'com.example.ext')));
  const spaced = policy(teams(' Q1W2E3R4T5 '));
  const [g] = run(n49, spaced);
  assert.equal(applyFix(spaced, g), policy(teams(TEAM)));
  assert.equal(run(n49, policy(teams('ABC'))).length, 1);
});

test('N50 catalog example: team in both lists, reported at the AllowedSystemExtensions key', () => {
  const text = policy(teams(TEAM), teamDict('AllowedSystemExtensions', TEAM, 'com.example.ext'));
  const [f, ...rest] = run(n50, text);
  assert.equal(rest.length, 0);
  assert.equal(covered(text, f), `<key>${TEAM}</key>`);
  assert.equal(text.slice(f.related![0].start, f.related![0].end), `<string>${TEAM}</string>`);
  assert.equal(f.fixes![0].preferred, true);
  assert.equal(
    applyFix(text, f, 0),
    policy(
      '<key>AllowedTeamIdentifiers</key>\n<array>\n</array>',
      teamDict('AllowedSystemExtensions', TEAM, 'com.example.ext'),
    ),
  );
  assert.equal(applyFix(text, f, 1), policy(teams(TEAM), '<key>AllowedSystemExtensions</key>\n<dict>\n</dict>'));
});

test('N50 passing: only one of the lists; team in Removable (corpus Dope); teams split across payloads', () => {
  assert.deepEqual(run(n50, policy(teamDict('AllowedSystemExtensions', TEAM, 'com.example.ext'))), []);
  assert.deepEqual(run(n50, policy(teams(TEAM), teamDict('RemovableSystemExtensions', TEAM, 'com.example.ext'))), []);
  const split = profile(
    `<dict>\n\t<key>PayloadType</key>\n\t<string>com.apple.system-extension-policy</string>\n${teams(TEAM).replace(/^/gm, '\t')}\n</dict>`,
    `<dict>\n\t<key>PayloadType</key>\n\t<string>com.apple.system-extension-policy</string>\n${teamDict('AllowedSystemExtensions', TEAM, 'x').replace(/^/gm, '\t')}\n</dict>`,
  );
  assert.deepEqual(run(n50, split), []);
});

test('N51 catalog example: NetworkExtensions → NetworkExtension (preferred); aliases; no suggestion', () => {
  const text = policy(teamDict('AllowedSystemExtensionTypes', TEAM, 'NetworkExtensions'));
  const [f] = run(n51, text);
  assert.equal(covered(text, f), 'NetworkExtensions');
  assert.equal(applyFix(text, f), policy(teamDict('AllowedSystemExtensionTypes', TEAM, 'NetworkExtension')));
  const alias = (v: string) => run(n51, policy(teamDict('AllowedSystemExtensionTypes', TEAM, v)))[0].data?.suggestion;
  assert.equal(alias('Network'), 'NetworkExtension');
  assert.equal(alias('EndpointSecurity'), 'EndpointSecurityExtension');
  assert.equal(alias('DriverKit'), 'DriverExtension');
  assert.equal(alias('networkextension'), 'NetworkExtension');
  assert.equal(alias('Kernel'), undefined);
});

test('N51 passing: corpus values EndpointSecurityExtension, NetworkExtension, DriverExtension', () => {
  const text = policy(
    teamDict('AllowedSystemExtensionTypes', TEAM, 'EndpointSecurityExtension', 'NetworkExtension', 'DriverExtension'),
  );
  assert.deepEqual(run(n51, text), []);
});

test('N53 catalog example: same mapping removable and non-removable; two non-preferred fixes', () => {
  const text = policy(
    teamDict('RemovableSystemExtensions', TEAM, 'com.example.ext'),
    teamDict('NonRemovableSystemExtensions', TEAM, 'com.example.ext'),
  );
  const [f, ...rest] = run(n53, text);
  assert.equal(rest.length, 0);
  assert.equal(covered(text, f), 'com.example.ext');
  assert.ok(f.start > text.indexOf('NonRemovableSystemExtensions'));
  assert.ok(f.fixes!.every((x) => !x.preferred));
  const fixed = applyFix(text, f, 1);
  assert.equal(
    fixed,
    policy(
      teamDict('RemovableSystemExtensions', TEAM, 'com.example.ext'),
      teamDict('NonRemovableSystemExtensions', TEAM),
    ),
  );
  assert.deepEqual(run(n53, fixed), []);
});

test('N53 passing: NonRemovableFromUI may overlap Removable; different teams; only NonRemovable', () => {
  assert.deepEqual(
    run(
      n53,
      policy(
        teamDict('RemovableSystemExtensions', TEAM, 'a'),
        teamDict('NonRemovableFromUISystemExtensions', TEAM, 'a'),
      ),
    ),
    [],
  );
  assert.deepEqual(
    run(
      n53,
      policy(
        teamDict('RemovableSystemExtensions', TEAM, 'a'),
        teamDict('NonRemovableSystemExtensions', 'UBF8T346G9', 'a'),
      ),
    ),
    [],
  );
  assert.deepEqual(run(n53, policy(teamDict('NonRemovableSystemExtensions', TEAM, 'a'))), []);
});
