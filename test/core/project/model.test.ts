import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import Ajv from 'ajv';
import { modelFromConfig } from '../../../server/src/core/project/model';
import { ProjectIndex } from '../../../server/src/core/project/projectIndex';
import { normalizePath, joinPath } from '../../../server/src/core/project/paths';
import { parseConfig } from '../../../server/src/core/project/parseConfig';
import { loadDocumentFromText } from '../../../server/src/core/engine/loadDocument';
import { provisioningProfileXml } from '../../helpers/fixtures';
import type { NelintConfig } from '../../../server/src/core/project/config';

const CONFIG: NelintConfig = {
  platform: 'macos',
  team: 'ABCDE12345',
  buildSettings: { PRODUCT_MODULE_NAME: 'Ext' },
  targets: [
    {
      name: 'App',
      role: 'app',
      bundleIdentifier: 'com.example.app',
      entitlements: 'App/App.entitlements',
      embeds: ['Ext'],
      configurations: {
        Debug: { distribution: 'development', entitlements: 'App/App-Debug.entitlements' },
        Release: { provisioningProfile: 'profiles/App.provisionprofile' },
      },
    },
    {
      name: 'Ext',
      role: 'system-extension',
      bundleIdentifier: '$(PARENT).ext',
      buildSettings: { PARENT: 'com.example.app' },
      entitlements: 'Ext/Ext.entitlements',
      infoPlist: 'Ext/Info.plist',
      infoPlistKeys: { NSSystemExtensionUsageDescription: 'Filters traffic' },
    },
  ],
  profiles: ['mdm/*.mobileconfig'],
};

const docs: Record<string, string> = {
  '/w/App/App.entitlements': '<plist><dict/></plist>',
  '/w/profiles/App.provisionprofile': provisioningProfileXml({ team: 'ZZZZZ99999' }),
};
const load = (p: string) => (docs[p] !== undefined ? loadDocumentFromText(p, docs[p]) : undefined);

test('paths: normalize and join keep forward slashes and resolve dot segments', () => {
  assert.equal(normalizePath('C:\\w\\a\\..\\b\\.\\c'), 'C:/w/b/c');
  assert.equal(joinPath('/w/x', '../y/z.plist'), '/w/y/z.plist');
  assert.equal(joinPath('/w', '/abs/f'), '/abs/f');
});

test('model: configuration > target > root, one entry per configuration name', () => {
  const m = modelFromConfig(CONFIG, '/w');
  assert.deepEqual(m.configurations.sort(), ['Debug', 'Release']);
  const app = m.targets[0];
  assert.equal(app.configurations.Debug.entitlements, '/w/App/App-Debug.entitlements');
  assert.equal(app.configurations.Debug.distribution, 'development');
  assert.equal(app.configurations.Release.entitlements, '/w/App/App.entitlements');
  assert.equal(app.configurations.Release.provisioningProfile, '/w/profiles/App.provisionprofile');
  assert.equal(m.targets[1].configurations.Debug.buildSettings.PRODUCT_MODULE_NAME, 'Ext');
});

test('index: uses of a file, views with embeds, context from the provisioning profile', () => {
  const idx = new ProjectIndex(modelFromConfig(CONFIG, '/w'), load, { profilePaths: ['/w/mdm/a.mobileconfig'] });
  assert.deepEqual(
    idx.usesOf('/w/App/App.entitlements').map((u) => u.configuration),
    ['Release'],
  );
  assert.equal(idx.usesOf('/w/Ext/Ext.entitlements').length, 2);
  assert.equal(idx.usesOf('/w/mdm/a.mobileconfig')[0].fileRole, 'profile');
  const [view] = idx.viewsFor('/w/App/App.entitlements');
  assert.equal(view.target?.name, 'App');
  assert.equal(view.target?.embeds[0].name, 'Ext');
  assert.equal(view.target?.embeds[0].embeddedBy[0].name, 'App');
  // Tier 2: the Developer ID provisioning profile decides the distribution; its team resolves variables.
  assert.equal(view.target?.context.distribution.value, 'developer-id');
  assert.equal(view.target?.context.distribution.tier, 2);
  assert.equal(view.target?.context.lookupVariable('TeamIdentifierPrefix'), 'ABCDE12345.');
  const ext = view.targets[1];
  assert.equal(ext.bundleIdentifier, 'com.example.app.ext');
  assert.equal(ext.context.platform.value, 'macos');
  assert.equal(ext.context.distribution.confidence, 'weak');
  assert.deepEqual(ext.infoPlistKeys, { NSSystemExtensionUsageDescription: 'Filters traffic' });
  const debug = idx.viewsFor('/w/App/App-Debug.entitlements')[0];
  assert.equal(debug.target?.context.distribution.value, 'development');
  assert.equal(debug.target?.context.distribution.tier, 1);
});

test('schema: accepts the catalog §1.7 example and the examples/ project; rejects a bad role', () => {
  const root = path.resolve(__dirname, '../../..');
  const schema = JSON.parse(readFileSync(path.join(root, 'schemas/nelint.schema.json'), 'utf8'));
  const validate = new Ajv({ allErrors: true }).compile(schema);
  const example = readFileSync(path.join(root, 'examples/nelint.json'), 'utf8');
  assert.equal(validate(JSON.parse(example)), true, JSON.stringify(validate.errors));
  assert.equal(validate(CONFIG), true, JSON.stringify(validate.errors));
  const bad = { targets: [{ name: 'X', role: 'daemon' }] };
  assert.equal(validate(bad), false);
  assert.ok(parseConfig(JSON.stringify(bad)).errors.length > 0, 'the CLI validator agrees');
});

test('parseConfig: unknown (misspelt) keys are located errors, like the JSON Schema', () => {
  const r = parseConfig(
    JSON.stringify({
      targets: [{ name: 'A', role: 'app', entitlement: 'A.entitlements', configurations: { Debug: { distrib: 'x' } } }],
    }),
  );
  assert.deepEqual(
    r.errors.map((e) => e.path),
    ['$.targets[0].entitlement', '$.targets[0].configurations.Debug.distrib'],
  );
  assert.deepEqual(parseConfig(JSON.stringify({ $schema: 'x', $comment: 'ok', targets: [] })).errors, []);
});
