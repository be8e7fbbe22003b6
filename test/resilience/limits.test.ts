/**
 * The size limit: above `--max-file-size` / `nelint.maxFileSize` a file gets one info notice
 * (`nelint/file-too-large`) instead of being parsed; at or below it the file is checked as usual.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { LspTestClient } from '../helpers/lspClient';
import { transparentProxyProfile } from '../../scripts/bench/generate';

const BIN = join(__dirname, '..', '..', 'bin', 'nelint.js');
const TEXT = transparentProxyProfile(3).replace('<key>PayloadType</key>\n\t<string>Configuration</string>', '');

test('CLI: above --max-file-size only a notice; at the limit the file is checked', () => {
  const dir = mkdtempSync(join(tmpdir(), 'nelint-limit-'));
  try {
    const file = join(dir, 'Big.mobileconfig');
    writeFileSync(file, TEXT);
    const size = Buffer.byteLength(TEXT);
    const over = spawnSync(
      process.execPath,
      [BIN, 'check', file, '--format', 'json', '--max-file-size', String(size - 1)],
      { encoding: 'utf8' },
    );
    assert.equal(over.status, 0, over.stderr);
    const codes = (
      JSON.parse(over.stdout) as { files: { diagnostics: { code: string }[] }[] }
    ).files[0].diagnostics.map((d) => d.code);
    assert.deepEqual(codes, ['nelint/file-too-large']);
    const at = spawnSync(process.execPath, [BIN, 'check', file, '--format', 'json', '--max-file-size', String(size)], {
      encoding: 'utf8',
    });
    const atCodes = (
      JSON.parse(at.stdout) as { files: { diagnostics: { code: string }[] }[] }
    ).files[0].diagnostics.map((d) => d.code);
    assert.ok(!atCodes.includes('nelint/file-too-large'));
    assert.ok(atCodes.length > 0, 'the profile without a top-level PayloadType has findings');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('LSP: a document above nelint.maxFileSize gets the notice, a smaller one is validated', async () => {
  const client = new LspTestClient({ maxFileSize: 2000 });
  try {
    await client.initialize(tmpdir());
    const uri = 'file:///tmp/nelint-limit/Big.mobileconfig';
    let big = await client.open(uri, TEXT, 'mobileconfig');
    // Settings arrive asynchronously after `initialized`; reading them re-validates every open document.
    if (big.diagnostics[0]?.code !== 'nelint/file-too-large') big = await client.nextDiagnostics(uri);
    assert.deepEqual(
      big.diagnostics.map((d) => d.code),
      ['nelint/file-too-large'],
    );
    const small = await client.open(
      'file:///tmp/nelint-limit/Small.entitlements',
      '<plist><dict><key>a</key></dict></plist>',
      'entitlements',
    );
    assert.ok(small.diagnostics.length > 0);
    assert.ok(small.diagnostics.every((d) => d.code !== 'nelint/file-too-large'));
  } finally {
    await client.dispose();
  }
});
