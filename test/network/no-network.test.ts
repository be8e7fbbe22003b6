/**
 * Nothing in nelint touches the network: a full `nelint check` of the examples and the language server over
 * the examples (open, hover, completion, code actions, custom requests) run with networking disabled at the
 * module level (blockNetwork.cjs); the test fails if anything tried to open a socket, resolve or fetch.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { LspTestClient } from '../helpers/lspClient';

const ROOT = join(__dirname, '..', '..');
const BIN = join(ROOT, 'bin', 'nelint.js');
const PRELOAD = join(__dirname, 'blockNetwork.cjs');
const EXAMPLES = join(ROOT, 'examples');
const MARKER = 'NELINT-NETWORK-ATTEMPT';

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((n) => {
    const p = join(dir, n);
    return statSync(p).isDirectory() ? files(p) : p.endsWith('.json') ? [] : [p];
  });
}

test('the preload really blocks: a fetch and a socket in a child are caught', () => {
  const r = spawnSync(
    process.execPath,
    [
      '--require',
      PRELOAD,
      '-e',
      "try{fetch('http://127.0.0.1:9')}catch{};try{require('net').connect(9,'127.0.0.1')}catch{}",
    ],
    { encoding: 'utf8' },
  );
  assert.match(r.stderr, new RegExp(`${MARKER} fetch`));
  assert.match(r.stderr, new RegExp(`${MARKER} net.connect`));
});

test('nelint check (json, sarif), rules, explain and print over the examples open no socket', () => {
  for (const format of ['json', 'sarif']) {
    const r = spawnSync(process.execPath, ['--require', PRELOAD, BIN, 'check', EXAMPLES, '--format', format], {
      encoding: 'utf8',
      cwd: ROOT,
    });
    assert.ok(r.status === 0 || r.status === 1, `exit ${r.status}: ${r.stderr}`);
    assert.ok(!r.stderr.includes(MARKER), r.stderr);
    assert.ok(r.stdout.length > 0);
  }
  for (const args of [
    ['rules'],
    ['explain', 'provisioning profile does not support the Network Extensions capability'],
    ['print', join(EXAMPLES, 'profiles', 'ShieldProxy.mobileconfig')],
  ]) {
    const r = spawnSync(process.execPath, ['--require', PRELOAD, BIN, ...args], { encoding: 'utf8', cwd: ROOT });
    assert.equal(r.status, 0, r.stderr);
    assert.ok(!r.stderr.includes(MARKER), r.stderr);
  }
});

test('the language server over the examples opens no socket', async () => {
  const saved = process.env.NODE_OPTIONS;
  process.env.NODE_OPTIONS = `${saved ?? ''} --require ${PRELOAD}`.trim();
  let client: LspTestClient;
  try {
    client = new LspTestClient({ platform: 'macos', distribution: 'developer-id' });
  } finally {
    if (saved === undefined) delete process.env.NODE_OPTIONS;
    else process.env.NODE_OPTIONS = saved;
  }
  try {
    await client.initialize(EXAMPLES);
    for (const file of files(EXAMPLES)) {
      const uri = pathToFileURL(file).href;
      const text = readFileSync(file, 'utf8');
      const lang = file.endsWith('.entitlements')
        ? 'entitlements'
        : file.endsWith('.mobileconfig')
          ? 'mobileconfig'
          : 'plist';
      const published = await client.open(uri, text, lang);
      assert.ok(Array.isArray(published.diagnostics));
      const position = { line: 4, character: 8 };
      await client.connection.sendRequest('textDocument/hover', { textDocument: { uri }, position });
      await client.connection.sendRequest('textDocument/completion', { textDocument: { uri }, position });
      await client.connection.sendRequest('textDocument/codeAction', {
        textDocument: { uri },
        range: { start: { line: 0, character: 0 }, end: { line: 40, character: 0 } },
        context: { diagnostics: [] },
      });
      await client.connection.sendRequest('textDocument/documentSymbol', { textDocument: { uri } });
    }
  } finally {
    await client.dispose();
  }
  assert.ok(!client.stderr.includes(MARKER), client.stderr);
});
