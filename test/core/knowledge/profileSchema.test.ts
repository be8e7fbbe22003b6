import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { REPO_ROOT, sharedDir } from '../../helpers/shared';
import {
  SCHEMA_RELEASE,
  dictSchemaAtPath,
  isKnownPayloadType,
  mergeSupportedOS,
  payloadSchema,
  resolveKeyPath,
} from '../../../server/src/core/knowledge/profileSchema';
import { describeProfileKey } from '../../../server/src/core/knowledge/profileDescriptions';
import { buildProfileModel, payloadAt, payloadsForRules } from '../../../server/src/core/knowledge/profileModel';
import { loadDocumentFromText } from '../../../server/src/core/engine/loadDocument';

const GENERATED = path.join(REPO_ROOT, 'server/src/core/knowledge/generated');

test('generated table: release, license notice and a few known keys, types and rangelists', () => {
  assert.equal(SCHEMA_RELEASE, 'Release_iOS-18-1_macOS-15-1');
  assert.match(
    readFileSync(path.join(GENERATED, 'LICENSE-apple-device-management.txt'), 'utf8'),
    /MIT License|Permission is hereby granted/,
  );
  const vpnType = resolveKeyPath('com.apple.vpn.managed', ['VPNType']);
  assert.equal(vpnType?.spec.type, 'string');
  assert.equal(vpnType?.spec.required, true);
  assert.deepEqual(vpnType?.spec.rangelist, ['VPN', 'L2TP', 'IPSec', 'IKEv2', 'AlwaysOn', 'TransparentProxy']);
  assert.deepEqual(resolveKeyPath('com.apple.webcontent-filter', ['FilterGrade'])?.spec.rangelist, [
    'firewall',
    'inspector',
  ]);
  assert.equal(resolveKeyPath('com.apple.vpn.managed', ['TransparentProxy', 'Order'])?.spec.type, 'integer');
  assert.deepEqual(resolveKeyPath('com.apple.vpn.managed', ['VPN', 'OnDemandEnabled'])?.spec.rangelist, [0, 1]);
  // Array elements and dicts inside arrays.
  assert.equal(resolveKeyPath('com.apple.dnsSettings.managed', ['OnDemandRules', 0, 'Action'])?.spec.required, true);
  assert.equal(resolveKeyPath('TopLevel', ['PayloadVersion'])?.spec.type, 'integer');
  assert.ok(isKnownPayloadType('com.apple.TCC.configuration-profile-policy'));
  assert.ok(!isKnownPayloadType('com.apple.system-extensions.admin'));
});

test('applayer includes every key of com.apple.vpn.managed; overlay keys and free-form dicts', () => {
  const applayer = payloadSchema('com.apple.vpn.managed.applayer')!;
  const managed = payloadSchema('com.apple.vpn.managed')!;
  for (const key of managed.dict.keys.keys()) assert.ok(applayer.dict.keys.has(key), key);
  assert.ok(applayer.dict.keys.has('VPNUUID'));
  assert.ok(resolveKeyPath('com.apple.vpn.managed.applayer', ['TransparentProxy', 'RemoteAddress'])?.spec.overlay);
  assert.ok(resolveKeyPath('com.apple.vpn.managed', ['VPN', 'RemoteAddress'])?.spec.overlay);
  assert.ok(resolveKeyPath('TopLevel', ['PayloadEnabled'])?.spec.overlay);
  assert.ok(managed.dict.keys.get('PayloadEnabled')?.overlay);
  assert.equal(dictSchemaAtPath('com.apple.vpn.managed', ['VendorConfig'])?.freeForm, true);
  // key: ANY with a type: AllowedSystemExtensions maps any team ID to an array of strings.
  assert.equal(
    resolveKeyPath('com.apple.system-extension-policy', ['AllowedSystemExtensions', 'ABCDE12345'])?.spec.type,
    'array',
  );
  assert.equal(managed.inNetworkScope, true);
  assert.equal(payloadSchema('com.apple.security.root')?.inNetworkScope, false);
});

test('supportedOS: key overrides payload field by field, down the path', () => {
  const fb = resolveKeyPath('com.apple.webcontent-filter', ['FilterBrowsers'])!;
  assert.equal(fb.supportedOS.macos?.introduced, 'n/a');
  assert.equal(fb.supportedOS.ios?.introduced !== 'n/a', true);
  assert.deepEqual(
    mergeSupportedOS({ ios: { introduced: '4.0' }, macos: { introduced: '10.7' } }, { ios: { removed: '17.0' } }),
    {
      ios: { introduced: '4.0', removed: '17.0' },
      macos: { introduced: '10.7' },
    },
  );
  const slice = resolveKeyPath('com.apple.vpn.managed.applayer', ['CellularSliceUUID'])!;
  assert.equal(slice.supportedOS.ios?.introduced, '18.0');
  assert.equal(slice.supportedOS.macos?.introduced, 'n/a');
});

test('descriptions are nelint text; applayer falls back to the VPN payload; Payload* to common', () => {
  assert.ok(describeProfileKey('com.apple.vpn.managed', ['TransparentProxy', 'Order']));
  assert.equal(
    describeProfileKey('com.apple.vpn.managed.applayer', ['VPNType']),
    describeProfileKey('com.apple.vpn.managed', ['VPNType']),
  );
  assert.ok(describeProfileKey('com.apple.security.root', ['PayloadUUID']));
  assert.equal(describeProfileKey('com.apple.security.root', ['PayloadCertificateFileName']), undefined);
});

test('generator: re-running it on ../shared reproduces the committed table byte for byte', (t) => {
  const dm = sharedDir(t, 'device-management');
  if (!dm) return;
  const out = mkdtempSync(path.join(tmpdir(), 'nelint-schema-'));
  execFileSync(process.execPath, [
    '--import',
    'tsx',
    path.join(REPO_ROOT, 'scripts/generate-profile-schema.ts'),
    dm,
    out,
  ]);
  for (const f of ['profileSchema.json', 'LICENSE-apple-device-management.txt']) {
    assert.equal(readFileSync(path.join(out, f), 'utf8'), readFileSync(path.join(GENERATED, f), 'utf8'), f);
  }
});

test('profile model: payload enumeration, Map indexes, bare payloads, offset lookup', () => {
  const text = `<plist><dict><key>PayloadContent</key><array><dict><key>PayloadType</key><string>com.apple.security.root</string><key>PayloadUUID</key><string>aa</string><key>PayloadIdentifier</key><string>x.a</string></dict><string>junk</string><dict><key>PayloadType</key><string>com.apple.security.pem</string><key>PayloadUUID</key><string>AA</string></dict></array><key>PayloadUUID</key><string>$(ROOT)</string><key>PayloadType</key><string>Configuration</string></dict></plist>`;
  const doc = loadDocumentFromText('m.mobileconfig', text);
  const model = buildProfileModel(doc.root);
  assert.equal(model.payloads.length, 2, 'non-dict elements are skipped');
  assert.deepEqual(
    model.payloads.map((p) => p.index),
    [0, 2],
  );
  assert.equal(model.byUuid.get('AA')?.length, 2, 'case-insensitive bucket');
  assert.equal(model.byUuid.size, 1, 'build-variable UUIDs are not indexed');
  assert.equal(model.byType.get('com.apple.security.pem')?.[0].index, 2);
  assert.equal(payloadAt(model, text.indexOf('com.apple.security.pem'))?.index, 2);
  assert.equal(payloadAt(model, text.indexOf('$(ROOT)'))?.isRoot, true);
  const bare = buildProfileModel(
    loadDocumentFromText(
      'b.mobileconfig',
      '<plist><dict><key>PayloadType</key><string>com.apple.vpn.managed</string></dict></plist>',
    ).root,
  );
  assert.equal(bare.bare, true);
  assert.equal(payloadsForRules(bare)[0].isRoot, true);
});
