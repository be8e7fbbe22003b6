/**
 * Catalog N01 (the flagship), N04, N05, N06, N12, N14 on a real multi-file Developer ID project whose provisioning
 * profiles are CMS-signed in the test setup, exactly as Xcode downloads them.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { fixtureProject, only, applyOwn } from '../../../helpers/project';
import { makeSignedPlist, provisioningProfileXml } from '../../../helpers/fixtures';
import { rangeText } from '../../../helpers/lint';

const TEAM = 'Q7XK3M9ZP2';
const ent = (lines: string[]) => lines.map((l) => `\t\t${l}`).join('\n');

function devIdProfile(name: string, appId: string, ne: string[]): Uint8Array {
  return makeSignedPlist(
    provisioningProfileXml({
      team: TEAM,
      name,
      platform: ['OSX'],
      entitlements: ent([
        '<key>com.apple.application-identifier</key>',
        `<string>${TEAM}.${appId}</string>`,
        '<key>com.apple.developer.networking.networkextension</key>',
        '<array>',
        ...ne.map((v) => `\t<string>${v}</string>`),
        '</array>',
        '<key>com.apple.developer.system-extension.install</key>',
        '<true/>',
        '<key>com.apple.developer.team-identifier</key>',
        `<string>${TEAM}</string>`,
      ]),
    }),
  );
}

function project() {
  return fixtureProject('devid-filter', {
    'profiles/FilterApp_DevID.provisionprofile': devIdProfile(
      'FilterContentExtension-prod-profile',
      'com.example.filter',
      ['content-filter-provider-systemextension'],
    ),
    'profiles/FilterExtension_DevID.provisionprofile': devIdProfile(
      'FilterExtension DevID',
      'com.example.filter.extension',
      ['content-filter-provider-systemextension', 'dns-proxy-systemextension'],
    ),
  });
}

test('N01: unsuffixed value against a CMS-signed Developer ID profile; wins over N02 and N23', () => {
  const p = project();
  const diags = p.lint('App/App.entitlements');
  const [n01] = only(diags, 'provisioning/ne-suffix-mismatch');
  assert.ok(n01, JSON.stringify(diags.map((d) => d.code)));
  const text = p.text('App/App.entitlements');
  assert.equal(rangeText(text, n01), 'content-filter-provider');
  assert.equal(n01.severity, 'error');
  assert.equal(only(diags, 'entitlements/ne-devid-requires-systemextension-suffix').length, 0);
  assert.equal(only(diags, 'provisioning/entitlement-not-authorized').length, 0);
  assert.match(n01.related[0].path, /FilterApp_DevID\.provisionprofile$/);
  assert.match(applyOwn(text, n01), /<string>content-filter-provider-systemextension<\/string>/);
  assert.ok(n01.fixes[0].preferred);
  // Command (catalog fix 3): the profile's decoded view, no edit.
  const show = n01.fixes[n01.fixes.length - 1];
  assert.deepEqual(show.edits, []);
  assert.equal(show.preferred, undefined);
  assert.equal(show.command?.id, 'nelint.showDecodedContent');
  assert.match(String(show.command?.arguments?.[0]), /FilterApp_DevID\.provisionprofile$/);
});

test('N01 is silent when the profile authorizes the value as written, and without a profile', () => {
  const p = fixtureProject('devid-filter', {
    'profiles/FilterApp_DevID.provisionprofile': devIdProfile('Dev', 'com.example.filter', ['content-filter-provider']),
    'profiles/FilterExtension_DevID.provisionprofile': devIdProfile('Ext', 'com.example.filter.extension', [
      'content-filter-provider-systemextension',
      'dns-proxy-systemextension',
    ]),
  });
  assert.equal(only(p.lint('App/App.entitlements'), 'provisioning/ne-suffix-mismatch').length, 0);
  const bare = fixtureProject('devid-filter');
  assert.equal(only(bare.lint('App/App.entitlements'), 'provisioning/ne-suffix-mismatch').length, 0);
});

test('N04: host embedding a system extension lacks system-extension.install (insert as last entry)', () => {
  const p = project();
  const [d] = only(p.lint('App/App.entitlements'), 'xfile/host-missing-system-extension-install');
  assert.ok(d);
  const text = p.text('App/App.entitlements');
  assert.equal(rangeText(text, d), '<dict>');
  assert.match(
    applyOwn(text, d),
    /\t<true\/>\n\t<key>com\.apple\.developer\.system-extension\.install<\/key>\n\t<true\/>\n<\/dict>/,
  );
});

test('N05 (warning): container lacks the dns-proxy value its extension provides', () => {
  const p = project();
  const [d] = only(p.lint('App/App.entitlements'), 'xfile/ne-entitlement-missing-on-app');
  assert.ok(d);
  assert.equal(d.severity, 'warning');
  const text = p.text('App/App.entitlements');
  assert.equal(rangeText(text, d), '<key>com.apple.developer.networking.networkextension</key>');
  // The app's own family is standard (its N01 fix will convert it), so the value added is unsuffixed.
  assert.match(
    applyOwn(text, d),
    /<string>content-filter-provider<\/string>\n\t\t<string>dns-proxy<\/string>\n\t<\/array>/,
  );
});

test('N06: the extension declares dns-proxy but its entitlements lack it (suffixed like its other values)', () => {
  const p = project();
  const [d] = only(p.lint('Extension/Extension.entitlements'), 'xfile/provider-entitlement-missing');
  assert.ok(d);
  const text = p.text('Extension/Extension.entitlements');
  assert.match(
    applyOwn(text, d),
    /<string>content-filter-provider-systemextension<\/string>\n\t\t<string>dns-proxy-systemextension<\/string>/,
  );
  assert.match(d.related[0].path, /Extension\/Info\.plist$/);
});

test('N14 (error, sandboxed container) and N12 on the system extension Info.plist', () => {
  const p = project();
  const diags = p.lint('Extension/Info.plist');
  const text = p.text('Extension/Info.plist');
  const [n14] = only(diags, 'xfile/machservice-not-under-app-group');
  assert.ok(n14, JSON.stringify(diags.map((d) => d.code)));
  assert.equal(n14.severity, 'error');
  assert.equal(rangeText(text, n14), `${TEAM}.com.example.filter2.xpc`);
  assert.match(applyOwn(text, n14), new RegExp(`<string>${TEAM}\\.com\\.example\\.filter\\.xpc</string>`));
  const [n12] = only(diags, 'xfile/sysext-usage-description-only-in-host');
  assert.ok(n12);
  assert.equal(rangeText(text, n12), '<dict>');
  assert.match(
    applyOwn(text, n12),
    /<key>NSSystemExtensionUsageDescription<\/key>\n\t<string>FilterApp installs a content filter\.<\/string>\n<\/dict>/,
  );
  assert.equal(only(diags, 'info-plist/sysext-usage-description-missing').length, 0, 'N12 supersedes N11');
});

test('no cross-file diagnostic without the project model (the same files linted alone)', async () => {
  const { lint } = await import('../../../helpers/lint');
  const p = project();
  for (const rel of ['App/App.entitlements', 'Extension/Extension.entitlements', 'Extension/Info.plist']) {
    const codes = lint(p.text(rel), { path: p.abs(rel) }).map((d) => d.code);
    assert.ok(!codes.some((c) => c.startsWith('xfile/') || c.startsWith('provisioning/')), `${rel}: ${codes}`);
  }
});
