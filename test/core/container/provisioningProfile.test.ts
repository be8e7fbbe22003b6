import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadContainer } from '../../../server/src/core/container/loadContainer';
import { summarizeProvisioningProfile } from '../../../server/src/core/container/provisioningProfile';
import { parsePlistText } from '../../../server/src/core/parser/parsePlist';
import { makeSignedPlist, provisioningProfileXml } from '../../helpers/fixtures';

const DEV_ENTITLEMENTS = ['\t\t<key>get-task-allow</key>', '\t\t<true/>'].join('\n');

test('a signed Developer ID profile (Platform OSX, ProvisionsAllDevices) is summarized', () => {
  const doc = loadContainer('App.provisionprofile', makeSignedPlist(provisioningProfileXml()));
  const s = summarizeProvisioningProfile(doc);
  assert.ok(s);
  assert.equal(s.kind, 'developer-id');
  assert.equal(s.platform, 'macos');
  assert.equal(s.name, 'Test Developer ID');
  assert.equal(s.uuid, '5B7A1C3E-1111-4222-8333-944455556666');
  assert.deepEqual(s.teamIds, ['ABCDE12345']);
  assert.equal(s.teamName, 'Test Team');
  assert.deepEqual(s.platforms, ['OSX']);
  assert.equal(s.provisionsAllDevices, true);
  assert.equal(s.provisionedDevices, undefined);
  assert.equal(s.expirationDate?.toISOString(), '2044-01-01T00:00:00.000Z');
  assert.equal(s.creationDate?.toISOString(), '2025-01-01T00:00:00.000Z');
  assert.ok(s.entitlements?.map.has('com.apple.developer.networking.networkextension'));
});

test('development: devices listed and get-task-allow true; otherwise app-store', () => {
  const dev = parsePlistText(
    provisioningProfileXml({
      platform: ['iOS'],
      provisionsAllDevices: false,
      provisionedDevices: ['00008030-001A'],
      entitlements: DEV_ENTITLEMENTS,
    }),
    'Dev.mobileprovision',
  );
  const s = summarizeProvisioningProfile(dev)!;
  assert.equal(s.kind, 'development');
  assert.equal(s.platform, 'ios');
  assert.deepEqual(s.provisionedDevices, ['00008030-001A']);

  const adHoc = parsePlistText(
    provisioningProfileXml({ platform: ['iOS'], provisionsAllDevices: false, provisionedDevices: ['00008030-001A'] }),
    'AdHoc.mobileprovision',
  );
  assert.equal(summarizeProvisioningProfile(adHoc)!.kind, 'app-store');

  // Mac App Store: OSX without ProvisionsAllDevices.
  const mas = parsePlistText(provisioningProfileXml({ provisionsAllDevices: false }), 'Mas.provisionprofile');
  assert.equal(summarizeProvisioningProfile(mas)!.kind, 'app-store');
  // ProvisionsAllDevices on iOS = Enterprise, classified app-store.
  const ent = parsePlistText(provisioningProfileXml({ platform: ['iOS'] }), 'Ent.mobileprovision');
  assert.equal(summarizeProvisioningProfile(ent)!.kind, 'app-store');
});

test('platform: exactly one named platform, else the file extension, else unknown', () => {
  const two = (file: string) =>
    summarizeProvisioningProfile(parsePlistText(provisioningProfileXml({ platform: ['iOS', 'xrOS'] }), file))!.platform;
  assert.equal(two('a.mobileprovision'), 'ios');
  assert.equal(two('a.provisionprofile'), 'macos');
  assert.equal(two('a.plist'), 'unknown');
  const vision = parsePlistText(provisioningProfileXml({ platform: ['xrOS'] }), 'a.plist');
  assert.equal(summarizeProvisioningProfile(vision)!.platform, 'visionos');
  const tv = parsePlistText(provisioningProfileXml({ platform: ['tvOS'] }), 'a.mobileprovision');
  assert.equal(summarizeProvisioningProfile(tv)!.platform, 'tvos');
});

test('no summary without a root dict', () => {
  assert.equal(
    summarizeProvisioningProfile(loadContainer('x.mobileprovision', new Uint8Array([0x30, 0x80]))),
    undefined,
  );
  assert.equal(summarizeProvisioningProfile(parsePlistText('<plist><array/></plist>', 'x.mobileprovision')), undefined);
});
