/** The Xcode provider on a hand-written project.pbxproj fixture (two configurations, xcconfig base, embed phase). */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { modelFromXcode } from '../../../server/src/core/project/xcode';
import { ProjectHost } from '../../../server/src/host/project';
import { validateWithProject } from '../../../server/src/core/project/validateWithProject';
import { FIXTURES } from '../../helpers/project';

const DIR = path.join(FIXTURES, 'xcode');
const PBX = path.join(DIR, 'ShieldVPN.xcodeproj/project.pbxproj');
const read = (p: string) => {
  try {
    return readFileSync(p, 'utf8');
  } catch {
    return undefined;
  }
};

test('pbxproj → targets, roles, embeds, per-configuration settings (xcconfig base + target level)', () => {
  const m = modelFromXcode({ pbxprojPath: PBX, text: readFileSync(PBX, 'utf8'), readText: read });
  assert.deepEqual(m.configurations, ['Debug', 'Release']);
  const [app, ext] = m.targets;
  assert.equal(app.role, 'app');
  assert.equal(ext.role, 'system-extension');
  assert.deepEqual(app.embeds, ['TunnelExtension']);
  const rel = app.configurations.Release;
  assert.ok(rel.entitlements?.endsWith('/xcode/ShieldVPN/ShieldVPN.entitlements'));
  assert.ok(rel.infoPlist?.endsWith('/xcode/ShieldVPN/Info.plist'));
  assert.equal(rel.team, 'Q7XK3M9ZP2', 'DEVELOPMENT_TEAM from Config/Base.xcconfig');
  assert.equal(rel.codeSignIdentity, 'Developer ID Application');
  assert.equal(app.configurations.Debug.codeSignIdentity, 'Apple Development');
  assert.equal(rel.sdkPlatform, 'macos');
  assert.deepEqual(rel.infoPlistKeys, {
    NSSystemExtensionUsageDescription: 'ShieldVPN installs a VPN system extension.',
  });
  assert.equal(ext.configurations.Debug.bundleIdentifier, '$(SHIELD_APP_ID).tunnel');
});

test('views: distribution from CODE_SIGN_IDENTITY (tier 3), bundle identifier and team prefix resolved', () => {
  const host = new ProjectHost();
  const index = host.xcodeIndexFor(path.join(DIR, 'TunnelExtension/Info.plist'));
  assert.ok(index);
  const release = index.view('Release');
  const ext = release.targets.find((t) => t.name === 'TunnelExtension')!;
  assert.equal(ext.bundleIdentifier, 'com.example.shieldvpn.tunnel');
  assert.equal(ext.context.distribution.value, 'developer-id');
  assert.equal(ext.context.distribution.tier, 3);
  assert.equal(index.view('Debug').targets[1].context.distribution.value, 'development');
  assert.equal(ext.context.lookupVariable('TeamIdentifierPrefix'), 'Q7XK3M9ZP2.');
  assert.equal(ext.context.lookupVariable('PRODUCT_MODULE_NAME'), '$(PRODUCT_NAME:c99extidentifier)');
});

test('without nelint.json the Xcode project drives the cross-file rules (N04, N12 via INFOPLIST_KEY_*)', () => {
  const host = new ProjectHost();
  const lint = (rel: string) => {
    const file = path.join(DIR, rel);
    const index = host.xcodeIndexFor(file);
    return validateWithProject(host.load(file)!, {}, index, file).map((d) => d.code);
  };
  assert.ok(lint('ShieldVPN/ShieldVPN.entitlements').includes('xfile/host-missing-system-extension-install'));
  const ext = lint('TunnelExtension/Info.plist');
  assert.ok(ext.includes('xfile/sysext-usage-description-only-in-host'));
  // $(TeamIdentifierPrefix)com.example.shieldvpn.tunnel is under the resolved app group: no N14.
  assert.ok(!ext.includes('xfile/machservice-not-under-app-group'));
  assert.deepEqual(lint('TunnelExtension/TunnelExtension.entitlements'), []);
});
