/** `nelint init` (and the editor's createProjectFile request): nelint.json generated from an Xcode project. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { cpSync, existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { main } from '../../server/src/cli/main';
import { parseConfig } from '../../server/src/core/project/parseConfig';
import { createProjectFile } from '../../server/src/lsp/workspaceIndex';
import { FIXTURES } from '../helpers/project';

async function run(args: string[]) {
  let out = '';
  let err = '';
  const code = await main(args, { out: (s) => (out += s), err: (s) => (err += s), color: false });
  return { code, out, err };
}

function copy(): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'nelint-init-'));
  cpSync(path.join(FIXTURES, 'xcode'), dir, { recursive: true });
  return dir;
}

test('init prints a valid nelint.json: roles, embeds, per-configuration distribution from CODE_SIGN_IDENTITY', async () => {
  const r = await run(['init', path.join(FIXTURES, 'xcode')]);
  assert.equal(r.code, 0, r.err);
  const parsed = parseConfig(r.out);
  assert.deepEqual(parsed.errors, []);
  const [app, ext] = parsed.config!.targets!;
  assert.equal(app.role, 'app');
  assert.deepEqual(app.embeds, ['TunnelExtension']);
  assert.equal(app.entitlements, 'ShieldVPN/ShieldVPN.entitlements');
  assert.equal(ext.bundleIdentifier, 'com.example.shieldvpn.tunnel');
  assert.equal(ext.configurations?.Release.distribution, 'developer-id');
  assert.equal(ext.configurations?.Debug.distribution, 'development');
});

test('init --write writes next to the .xcodeproj, refuses to overwrite; linting with it finds the same problems', async () => {
  const dir = copy();
  const before = await run(['check', '--format', 'json', dir]);
  const w = await run(['init', '--write', path.join(dir, 'ShieldVPN.xcodeproj')]);
  assert.equal(w.code, 0, w.err);
  assert.ok(existsSync(path.join(dir, 'nelint.json')));
  assert.equal((await run(['init', '--write', dir])).code, 2);
  const after = await run(['check', '--format', 'json', dir]);
  const xfile = (o: string): string[] => [...(o.match(/"xfile\/[a-z-]+"/g) ?? [])].sort();
  assert.deepEqual(xfile(after.out), xfile(before.out));
  assert.ok(xfile(before.out).includes('"xfile/host-missing-system-extension-install"'));
  assert.equal(JSON.parse(readFileSync(path.join(dir, 'nelint.json'), 'utf8')).targets.length, 2);
});

test('init: clear errors for a folder without a project; createProjectFile finds a nested project', async () => {
  const r = await run(['init', tmpdir() + '/does-not-exist-nelint']);
  assert.equal(r.code, 2);
  assert.match(r.err, /no such file/);
  const parent = mkdtempSync(path.join(tmpdir(), 'nelint-ws-'));
  cpSync(path.join(FIXTURES, 'xcode'), path.join(parent, 'mac'), { recursive: true });
  const res = createProjectFile(pathToFileURL(parent).href);
  assert.ok(res.text, res.error);
  assert.equal(JSON.parse(res.text!).targets[0].entitlements, 'mac/ShieldVPN/ShieldVPN.entitlements');
});
