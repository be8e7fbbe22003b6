import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadDocumentFromText } from '../../../server/src/core/engine/loadDocument';
import { resolveFileContext } from '../../../server/src/core/context/resolveContext';
import { kindFromFileName } from '../../../server/src/core/context/detectKind';

const ent = (body: string, extra = '') =>
  `<?xml version="1.0" encoding="UTF-8"?>\n${extra}<plist version="1.0">\n<dict>\n${body}\n</dict>\n</plist>\n`;
const NE = (...v: string[]) =>
  `\t<key>com.apple.developer.networking.networkextension</key>\n\t<array>\n${v.map((x) => `\t\t<string>${x}</string>`).join('\n')}\n\t</array>`;

test('kind by file name (catalog §1.4)', () => {
  assert.equal(kindFromFileName('a/App.entitlements'), 'entitlements');
  assert.equal(kindFromFileName('x/Profile.mobileconfig'), 'profile');
  assert.equal(kindFromFileName('embedded.provisionprofile'), 'provisioning-profile');
  assert.equal(kindFromFileName('Dev.mobileprovision'), 'provisioning-profile');
  for (const n of [
    'Info.plist',
    'Info.plist.in',
    'Tunnel-Info.plist',
    'App.Info.plist',
    'Info.macOS.plist',
    'INFO.PLIST',
  ]) {
    assert.equal(kindFromFileName(n), 'info-plist', n);
  }
  assert.equal(kindFromFileName('Settings.plist'), undefined);
});

test('kind by content for other names', () => {
  const profile = loadDocumentFromText('x.xml', ent('<key>PayloadType</key><string>Configuration</string>'));
  assert.equal(resolveFileContext(profile).kind, 'profile');
  const info = loadDocumentFromText('Tunnel.plist', ent('<key>NSExtension</key><dict/>'));
  assert.equal(resolveFileContext(info).kind, 'info-plist');
  const e = loadDocumentFromText('sign.xml', ent('<key>com.apple.security.app-sandbox</key><true/>'));
  assert.equal(resolveFileContext(e).kind, 'entitlements');
  const mixed = loadDocumentFromText(
    'm.plist',
    ent('<key>CFBundleName</key><string>x</string><key>com.apple.security.app-sandbox</key><true/>'),
  );
  assert.equal(resolveFileContext(mixed).kind, 'plist');
});

test('directive sets kind, platform, distribution and role, first occurrence wins', () => {
  const doc = loadDocumentFromText(
    'x.plist',
    ent(
      '',
      '<!-- nelint: kind=entitlements platform=macos distribution=app-store role=app -->\n<!-- nelint: platform=ios -->\n',
    ),
  );
  const c = resolveFileContext(doc, { platform: 'ios', distribution: 'developer-id' });
  assert.equal(c.kind, 'entitlements');
  assert.equal(c.kindSource, 'directive');
  assert.deepEqual([c.platform.value, c.platform.source, c.platform.tier], ['macos', 'directive', 1]);
  assert.deepEqual([c.distribution.value, c.distribution.source], ['app-store', 'directive']);
  assert.equal(c.role.value, 'app');
});

test('CLI flags beat nelint.json, which beats editor settings', () => {
  const doc = loadDocumentFromText('/p/App.entitlements', ent(''));
  const config = { config: { platform: 'ios' as const, distribution: 'app-store' as const }, dir: '/p' };
  const settings = { platform: 'tvos' as const, distribution: 'development' as const };
  assert.equal(resolveFileContext(doc, { config, settings }).platform.value, 'ios');
  assert.equal(resolveFileContext(doc, { config, settings, platform: 'macos' }).platform.value, 'macos');
  assert.equal(resolveFileContext(doc, { settings }).distribution.value, 'development');
});

test('nelint.json files globs apply relative to the config directory', () => {
  const doc = loadDocumentFromText('/p/legacy/old/A.entitlements', ent(''));
  const config = {
    config: {
      distribution: 'developer-id' as const,
      files: { 'legacy/**/*.entitlements': { platform: 'ios' as const, distribution: 'app-store' as const } },
    },
    dir: '/p',
  };
  const c = resolveFileContext(doc, { config });
  assert.equal(c.platform.value, 'ios');
  assert.equal(c.distribution.value, 'app-store');
});

test('tier 4: a -systemextension value makes the file macOS and Developer ID (strong)', () => {
  const c = resolveFileContext(loadDocumentFromText('A.entitlements', ent(NE('app-proxy-provider-systemextension'))));
  assert.deepEqual(
    [c.platform.value, c.distribution.value, c.distribution.confidence, c.distribution.tier],
    ['macos', 'developer-id', 'strong', 4],
  );
});

test('unsuffixed values alone leave the distribution unknown; build variables are not evidence', () => {
  const c = resolveFileContext(loadDocumentFromText('A.entitlements', ent(NE('packet-tunnel-provider'))));
  assert.equal(c.distribution.value, 'unknown');
  assert.equal(c.platform.value, 'unknown');
  const v = resolveFileContext(loadDocumentFromText('A.entitlements', ent(NE('packet-tunnel-provider$(SUFFIX)'))));
  assert.equal(v.distribution.value, 'unknown');
});

test('tier 5: SYSX packaging gives a weak developer-id and a system-extension role', () => {
  const doc = loadDocumentFromText('Ext/Info.plist', ent('<key>CFBundlePackageType</key><string>SYSX</string>'));
  const c = resolveFileContext(doc);
  assert.deepEqual(
    [c.role.value, c.distribution.value, c.distribution.confidence, c.platform.value],
    ['system-extension', 'developer-id', 'weak', 'macos'],
  );
});

test('iOS is never inferred from content; profiles infer from TargetDeviceType and macOS-only payloads', () => {
  const ios = resolveFileContext(
    loadDocumentFromText(
      'Info.plist',
      ent('<key>NSExtension</key><dict/><key>UIRequiredDeviceCapabilities</key><array/>'),
    ),
  );
  assert.equal(ios.platform.value, 'unknown');
  const tv = resolveFileContext(
    loadDocumentFromText(
      'p.mobileconfig',
      ent('<key>TargetDeviceType</key><integer>4</integer><key>PayloadContent</key><array/>'),
    ),
  );
  assert.equal(tv.platform.value, 'tvos');
  const mac = resolveFileContext(
    loadDocumentFromText(
      'p.mobileconfig',
      ent(
        '<key>PayloadContent</key><array><dict><key>PayloadType</key><string>com.apple.system-extension-policy</string></dict></array>',
      ),
    ),
  );
  assert.equal(mac.platform.value, 'macos');
});

test('build variables resolve from nelint.json buildSettings and team', () => {
  const doc = loadDocumentFromText('/p/A.entitlements', ent(''));
  const c = resolveFileContext(doc, {
    config: { config: { team: 'ABCDE12345', buildSettings: { APP_ID: 'com.x' } }, dir: '/p' },
  });
  assert.equal(c.lookupVariable('TeamIdentifierPrefix'), 'ABCDE12345.');
  assert.equal(c.lookupVariable('APP_ID'), 'com.x');
  assert.equal(c.lookupVariable('NOPE'), undefined);
});
