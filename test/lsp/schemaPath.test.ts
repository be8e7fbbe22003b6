/** `nelint.schemaPath` over a real connection: a checkout's schema is used; a bad path warns and falls back. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { LspTestClient } from '../helpers/lspClient';
import type { PublishedDiagnostics } from '../helpers/lspClient';
import { FUTURE_KEY, FUTURE_PROFILE, writeSchemaCheckout } from '../helpers/schemaCheckout';

const FUTURE_LINE = FUTURE_PROFILE.split('\n').findIndex((l) => l.includes(`<key>${FUTURE_KEY}</key>`));

function reportsFutureKey(p: PublishedDiagnostics): boolean {
  return p.diagnostics.some((d) => d.code === 'profile/unknown-key' && d.range.start.line === FUTURE_LINE);
}

/** Opens the profile and waits until the settings have been applied (the server re-publishes after reading them). */
async function openAndSettle(client: LspTestClient, uri: string, settled: (p: PublishedDiagnostics) => boolean) {
  let pub = await client.open(uri, FUTURE_PROFILE, 'mobileconfig');
  for (let i = 0; i < 5 && !settled(pub); i++) pub = await client.nextDiagnostics(uri);
  return pub;
}

test('a checkout in nelint.schemaPath: its keys are known, and hovers name it', async (t) => {
  const checkout = writeSchemaCheckout();
  const client = new LspTestClient({ schemaPath: checkout });
  t.after(() => client.dispose());
  const dir = mkdtempSync(join(tmpdir(), 'nelint-schema-lsp-'));
  await client.initialize(dir);
  const uri = pathToFileURL(join(dir, 'Future.mobileconfig')).href;
  const pub = await openAndSettle(client, uri, (p) => !reportsFutureKey(p));
  assert.equal(reportsFutureKey(pub), false, JSON.stringify(pub.diagnostics));
  const hover = (await client.connection.sendRequest('textDocument/hover', {
    textDocument: { uri },
    position: { line: FUTURE_LINE, character: 10 },
  })) as { contents: { value: string } } | null;
  assert.ok(hover?.contents.value.includes(`checkout ${checkout}`), JSON.stringify(hover));
});

test('a path that is no checkout: a warning, and the bundled schema', async (t) => {
  const client = new LspTestClient({ schemaPath: '/nonexistent/device-management' });
  t.after(() => client.dispose());
  const warnings: string[] = [];
  // vscode-languageserver sends showWarningMessage as a request (it could carry actions).
  client.connection.onRequest('window/showMessageRequest', (m: { type: number; message: string }) => {
    if (m.type === 2) warnings.push(m.message);
    return null;
  });
  const dir = mkdtempSync(join(tmpdir(), 'nelint-schema-lsp-'));
  await client.initialize(dir);
  const uri = pathToFileURL(join(dir, 'Future.mobileconfig')).href;
  const pub = await openAndSettle(client, uri, reportsFutureKey);
  assert.ok(reportsFutureKey(pub));
  for (let i = 0; i < 50 && !warnings.length; i++) await new Promise((r) => setTimeout(r, 20));
  assert.equal(warnings.length, 1);
  assert.match(warnings[0], /nelint\.schemaPath/);
});
