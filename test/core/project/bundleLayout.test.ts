/** Built bundle layouts (§1.7 source 2): X.app with a system extension and a PlugIns appex, embedded profiles. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { ProjectHost } from '../../../server/src/host/project';
import { validateWithProject } from '../../../server/src/core/project/validateWithProject';
import { appBundleOf } from '../../../server/src/core/project/bundleLayout';
import { makeSignedPlist, provisioningProfileXml } from '../../helpers/fixtures';

const plist = (body: string) =>
  `<?xml version="1.0" encoding="UTF-8"?>\n<plist version="1.0">\n<dict>\n${body}</dict>\n</plist>\n`;

function layout(): string {
  const root = mkdtempSync(path.join(tmpdir(), 'nelint-bundle-'));
  const app = path.join(root, 'Build/Products/Release/MyVPN.app/Contents');
  const put = (rel: string, content: string | Uint8Array) => {
    mkdirSync(path.dirname(path.join(app, rel)), { recursive: true });
    writeFileSync(path.join(app, rel), content);
  };
  const devId = makeSignedPlist(provisioningProfileXml({ team: 'Q7XK3M9ZP2' }));
  put(
    'Info.plist',
    plist(
      '\t<key>CFBundleIdentifier</key>\n\t<string>com.example.myvpn</string>\n\t<key>CFBundlePackageType</key>\n\t<string>APPL</string>\n\t<key>NSSystemExtensionUsageDescription</key>\n\t<string>Installs the VPN.</string>\n',
    ),
  );
  put('embedded.provisionprofile', devId);
  put(
    'Library/SystemExtensions/com.example.myvpn.ext.systemextension/Contents/Info.plist',
    plist(
      '\t<key>CFBundleIdentifier</key>\n\t<string>com.example.myvpn.ext</string>\n\t<key>CFBundlePackageType</key>\n\t<string>SYSX</string>\n\t<key>NetworkExtension</key>\n\t<dict>\n\t\t<key>NEProviderClasses</key>\n\t\t<dict>\n\t\t\t<key>com.apple.networkextension.packet-tunnel</key>\n\t\t\t<string>Ext.Provider</string>\n\t\t</dict>\n\t</dict>\n',
    ),
  );
  put(
    'PlugIns/Tunnel.appex/Contents/Info.plist',
    plist(
      '\t<key>CFBundleIdentifier</key>\n\t<string>com.example.myvpn.tunnel</string>\n\t<key>NSExtension</key>\n\t<dict>\n\t\t<key>NSExtensionPointIdentifier</key>\n\t\t<string>com.apple.networkextension.packet-tunnel</string>\n\t\t<key>NSExtensionPrincipalClass</key>\n\t\t<string>Tunnel.Provider</string>\n\t</dict>\n',
    ),
  );
  put('PlugIns/Tunnel.appex/Contents/embedded.provisionprofile', devId);
  return app;
}

test('appBundleOf: the outermost .app', () => {
  assert.equal(appBundleOf('/b/X.app/Contents/PlugIns/Y.appex/Contents/Info.plist'), '/b/X.app');
  assert.equal(appBundleOf('/b/Info.plist'), undefined);
});

test('bundle layout: targets, embeds, profiles; N19 and N12 fire, entitlement-based rules stay silent', () => {
  const contents = layout();
  const host = new ProjectHost(new Date('2026-06-01T00:00:00Z'));
  const lint = (rel: string) => {
    const file = path.join(contents, rel);
    const index = host.implicitIndexFor(file);
    assert.ok(index, `no bundle index for ${rel}`);
    return validateWithProject(host.load(file)!, {}, index, file).map((d) => d.code);
  };
  const index = host.bundleIndexFor(path.join(contents, 'Info.plist'))!;
  const view = index.view('default');
  assert.deepEqual(
    view.targets.map((t) => [t.name, t.role, t.bundleIdentifier]),
    [
      ['MyVPN', 'app', 'com.example.myvpn'],
      ['com.example.myvpn.ext', 'system-extension', 'com.example.myvpn.ext'],
      ['Tunnel', 'app-extension', 'com.example.myvpn.tunnel'],
    ],
  );
  assert.equal(view.targets[2].context.distribution.value, 'developer-id');
  assert.ok(lint('PlugIns/Tunnel.appex/Contents/Info.plist').includes('xfile/devid-requires-sysext-packaging'));
  const sysex = lint('Library/SystemExtensions/com.example.myvpn.ext.systemextension/Contents/Info.plist');
  assert.ok(sysex.includes('xfile/sysext-usage-description-only-in-host'));
  assert.ok(!sysex.includes('xfile/sysext-provider-classes-missing'), 'no entitlements file: silent');
});

test('§1.10 directory association: the only entitlements file and the only profile of a folder (N01 with no project file)', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'nelint-dir-'));
  const ent = plist(
    '\t<key>com.apple.developer.networking.networkextension</key>\n\t<array>\n\t\t<string>packet-tunnel-provider</string>\n\t</array>\n',
  );
  writeFileSync(path.join(dir, 'Tunnel.entitlements'), ent);
  writeFileSync(path.join(dir, 'Tunnel_DevID.provisionprofile'), makeSignedPlist(provisioningProfileXml({})));
  const host = new ProjectHost(new Date('2026-06-01T00:00:00Z'));
  const file = path.join(dir, 'Tunnel.entitlements');
  const index = host.implicitIndexFor(file);
  assert.ok(index);
  const diags = validateWithProject(host.load(file)!, {}, index, file).map((d) => d.code);
  assert.ok(diags.includes('provisioning/ne-suffix-mismatch'), diags.join(', '));
  assert.equal(index.viewsFor(file)[0].target?.context.role.value, 'unknown');
  // A second entitlements file in the folder: no association (never paired by proximity).
  writeFileSync(path.join(dir, 'Other.entitlements'), ent);
  assert.equal(new ProjectHost().implicitIndexFor(file), undefined);
});
