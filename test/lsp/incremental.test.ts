import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { LspTestClient } from '../helpers/lspClient';
import { REPO_ROOT } from '../helpers/shared';

// Range edits inside one payload (the language server's incremental path) must publish what a fresh open does.
const TEXT = readFileSync(join(REPO_ROOT, 'test/fixtures/incremental/References.mobileconfig'), 'utf8');

let client: LspTestClient;
let dir: string;

before(async () => {
  dir = mkdtempSync(join(tmpdir(), 'nelint-lsp-inc-'));
  client = new LspTestClient();
  await client.initialize(dir);
});

after(async () => {
  await client.dispose();
});

function position(text: string, offset: number): { line: number; character: number } {
  const before = text.slice(0, offset);
  return { line: before.split('\n').length - 1, character: offset - (before.lastIndexOf('\n') + 1) };
}

type Published = Awaited<ReturnType<LspTestClient['open']>>;
const codes = (p: Published) =>
  p.diagnostics.map((d) => `${String(d.code)}@${d.range.start.line}:${d.range.start.character}`);

test('typing inside a payload publishes the same diagnostics as opening the edited text', async () => {
  const uri = pathToFileURL(join(dir, 'Refs.mobileconfig')).href;
  await client.open(uri, TEXT, 'mobileconfig');
  // Break the certificate link in the per-app VPN payload, one character at a time (the error lands elsewhere:
  // on the reference), then type the character back.
  const at = TEXT.indexOf('3F2504E0-4F89-41D3-9A0C-0305E82C3301</string>', TEXT.indexOf('PayloadCertificateUUID'));
  const edits = [
    { range: { start: position(TEXT, at), end: position(TEXT, at + 1) }, text: '4' },
    { range: { start: position(TEXT, at), end: position(TEXT, at + 1) }, text: '3' },
  ];
  let text = TEXT;
  let version = 1;
  for (const change of edits) {
    const next = client.nextDiagnostics(uri);
    version++;
    await client.connection.sendNotification('textDocument/didChange', {
      textDocument: { uri, version },
      contentChanges: [change],
    });
    let pub = await next;
    // A publish for an older version may still be on its way: wait for this one.
    while (pub.version !== version) pub = await client.nextDiagnostics(uri);
    text = text.slice(0, at) + change.text + text.slice(at + 1);
    const fresh = pathToFileURL(join(dir, `Fresh${version}.mobileconfig`)).href;
    const expected = await client.open(fresh, text, 'mobileconfig');
    assert.deepEqual(codes(pub), codes(expected));
    if (version === 2) assert.ok(codes(pub).some((c) => c.startsWith('profile/certificate-uuid-unresolved@')));
  }
});

test('a profile of a nelint.json project takes the incremental path with its project view, same result', async () => {
  const root = mkdtempSync(join(tmpdir(), 'nelint-lsp-inc-project-'));
  cpSync(join(REPO_ROOT, 'examples'), root, { recursive: true });
  const original = readFileSync(join(root, 'profiles/ShieldProxy.mobileconfig'), 'utf8');
  // Retype the proxy's RemoteAddress one character at a time: the same texts are also written as other profiles
  // of the project, opened fresh for comparison (they match the project's `profiles/*.mobileconfig`).
  const at = original.indexOf('</string>', original.indexOf('<key>RemoteAddress</key>'));
  const texts = [original.slice(0, at) + 'x' + original.slice(at), original];
  texts.forEach((t, i) => writeFileSync(join(root, `profiles/Fresh${i}.mobileconfig`), t));
  const projectClient = new LspTestClient();
  try {
    await projectClient.initialize(root);
    const uri = pathToFileURL(join(root, 'profiles/ShieldProxy.mobileconfig')).href;
    await projectClient.open(uri, original, 'mobileconfig');
    const changes = [
      { range: { start: position(original, at), end: position(original, at) }, text: 'x' },
      { range: { start: position(original, at), end: position(original, at + 1) }, text: '' },
    ];
    for (let i = 0; i < changes.length; i++) {
      const version = i + 2;
      const next = projectClient.nextDiagnostics(uri);
      await projectClient.connection.sendNotification('textDocument/didChange', {
        textDocument: { uri, version },
        contentChanges: [changes[i]],
      });
      let pub = await next;
      while (pub.version !== version) pub = await projectClient.nextDiagnostics(uri);
      const fresh = pathToFileURL(join(root, `profiles/Fresh${i}.mobileconfig`)).href;
      const expected = await projectClient.open(fresh, texts[i], 'mobileconfig');
      assert.ok(codes(expected).length > 0);
      assert.deepEqual(codes(pub), codes(expected));
    }
  } finally {
    await projectClient.dispose();
  }
});
