/**
 * The workspace index: opening one file of a nelint.json project publishes the diagnostics of its closed files,
 * and editing one file re-publishes a dependent closed file (the extension's entitlements depend on its Info.plist).
 */
import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { cpSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { LspTestClient } from '../helpers/lspClient';
import { FIXTURES } from '../helpers/project';

const dir = mkdtempSync(join(tmpdir(), 'nelint-ws-'));
cpSync(join(FIXTURES, 'devid-filter'), dir, { recursive: true });
const client = new LspTestClient();
const uriOf = (rel: string) => pathToFileURL(join(dir, rel)).href;
const N06 = 'xfile/provider-entitlement-missing';

after(async () => {
  await client.dispose();
});

test('editing an open Info.plist re-publishes the closed entitlements file that depends on it', async () => {
  await client.initialize(dir);
  const entUri = uriOf('Extension/Extension.entitlements');
  const infoUri = uriOf('Extension/Info.plist');
  const text = readFileSync(join(dir, 'Extension/Info.plist'), 'utf8');

  const firstClosed = client.nextDiagnostics(entUri);
  const open = await client.open(infoUri, text, 'plist');
  assert.ok(open.diagnostics.some((d) => d.code === 'xfile/machservice-not-under-app-group'));
  const before = await firstClosed;
  assert.ok(
    before.diagnostics.some((d) => d.code === N06),
    `closed file published with N06: ${before.diagnostics.map((d) => d.code)}`,
  );

  const withoutDns = text.replace(
    /\t\t\t<key>com\.apple\.networkextension\.dns-proxy<\/key>\n\t\t\t<string>[^<]*<\/string>\n/,
    '',
  );
  assert.notEqual(withoutDns, text);
  const republished = client.nextDiagnostics(entUri);
  await client.change(infoUri, withoutDns, 2);
  const afterEdit = await republished;
  assert.ok(!afterEdit.diagnostics.some((d) => d.code === N06), 'N06 gone after the Info.plist edit');
});
