/**
 * Xcode PROVISIONING_PROFILE_SPECIFIER association (§1.10) and the flagship per-configuration case: one
 * entitlements file, a Developer ID profile only in Release → N01 is reported (it fails only the Release archive).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { ProjectHost } from '../../../server/src/host/project';
import { validateWithProject } from '../../../server/src/core/project/validateWithProject';
import { FIXTURES } from '../../helpers/project';
import { makeSignedPlist, provisioningProfileXml } from '../../helpers/fixtures';

function project(configs: string[]): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'nelint-spec-'));
  cpSync(path.join(FIXTURES, 'xcode'), dir, { recursive: true });
  const pbx = path.join(dir, 'ShieldVPN.xcodeproj/project.pbxproj');
  let text = readFileSync(pbx, 'utf8');
  for (const c of configs) {
    const identity = c === 'Release' ? 'Developer ID Application' : 'Apple Development';
    text = text.replace(
      `CODE_SIGN_IDENTITY = "${identity}";\n\t\t\t\tCODE_SIGN_STYLE`,
      `CODE_SIGN_IDENTITY = "${identity}";\n\t\t\t\tPROVISIONING_PROFILE_SPECIFIER = "ShieldVPN App Store";\n\t\t\t\tCODE_SIGN_STYLE`,
    );
  }
  writeFileSync(pbx, text);
  mkdirSync(path.join(dir, 'profiles'));
  // A Mac App Store profile (no ProvisionsAllDevices) that authorizes only the unsuffixed value.
  const xml = provisioningProfileXml({
    team: 'Q7XK3M9ZP2',
    name: 'ShieldVPN App Store',
    provisionsAllDevices: false,
    entitlements: [
      '\t\t<key>com.apple.developer.networking.networkextension</key>',
      '\t\t<array>',
      '\t\t\t<string>packet-tunnel-provider</string>',
      '\t\t</array>',
      '\t\t<key>com.apple.developer.system-extension.install</key>',
      '\t\t<true/>',
    ].join('\n'),
  });
  writeFileSync(path.join(dir, 'profiles/ShieldVPN_AppStore.provisionprofile'), makeSignedPlist(xml));
  return dir;
}

function codes(dir: string, rel: string): string[] {
  const host = new ProjectHost(new Date('2026-06-01T00:00:00Z'));
  const file = path.join(dir, rel);
  return validateWithProject(host.load(file)!, {}, host.implicitIndexFor(file), file).map((d) => d.code);
}

test('the profile named by PROVISIONING_PROFILE_SPECIFIER is associated (both configurations)', () => {
  const found = codes(project(['Debug', 'Release']), 'ShieldVPN/ShieldVPN.entitlements');
  assert.ok(found.includes('provisioning/ne-suffix-mismatch'), found.join(', '));
});

test('a profile in one configuration only: provisioning/ findings hold per configuration (union), N01 still reported', () => {
  const found = codes(project(['Release']), 'ShieldVPN/ShieldVPN.entitlements');
  assert.ok(found.includes('provisioning/ne-suffix-mismatch'), found.join(', '));
  assert.ok(!found.includes('entitlements/ne-systemextension-suffix-outside-devid'));
});

test('no specifier → no association, no provisioning/ finding', () => {
  const found = codes(project([]), 'ShieldVPN/ShieldVPN.entitlements');
  assert.ok(!found.some((c) => c.startsWith('provisioning/')), found.join(', '));
});
