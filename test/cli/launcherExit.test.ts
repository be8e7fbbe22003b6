/**
 * bin/nelint.js exits as soon as stdout and stderr are flushed (instead of waiting for V8 to tear its heap down):
 * the whole output must still arrive, through a pipe as into a file, with the CLI's exit code.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { closeSync, mkdtempSync, openSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { transparentProxyProfile } from '../../scripts/bench/generate';

const BIN = join(__dirname, '..', '..', 'bin', 'nelint.js');

test('a large report arrives whole with the exit code, through a pipe and into a file', () => {
  const dir = mkdtempSync(join(tmpdir(), 'nelint-exit-'));
  try {
    // An error in every payload: reports far larger than a pipe buffer (64 KiB).
    const profile = join(dir, 'Big.mobileconfig');
    writeFileSync(
      profile,
      transparentProxyProfile(800).replaceAll('<key>Order</key>', '<key>Order</key><string>1</string><key>X</key>'),
    );
    for (const format of ['json', 'sarif', 'text']) {
      const args = [BIN, 'check', profile, '--format', format];
      const piped = spawnSync(process.execPath, args, { encoding: 'utf8', maxBuffer: 1 << 28 });
      const out = join(dir, `out.${format}`);
      const fd = openSync(out, 'w');
      const filed = spawnSync(process.execPath, args, { stdio: ['ignore', fd, 'pipe'], encoding: 'utf8' });
      closeSync(fd);
      assert.equal(piped.status, 1, piped.stderr);
      assert.equal(filed.status, 1, filed.stderr);
      assert.ok(piped.stdout.length > 2 * 65_536, `${format}: ${piped.stdout.length} bytes`);
      assert.equal(piped.stdout, readFileSync(out, 'utf8'), format);
      if (format !== 'text') assert.ok(JSON.parse(piped.stdout));
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('exit codes and messages of quick commands', () => {
  const version = spawnSync(process.execPath, [BIN, '--version'], { encoding: 'utf8' });
  assert.equal(version.status, 0);
  assert.match(version.stdout, /^\d+\.\d+\.\d+\S*\n$/);
  const usage = spawnSync(process.execPath, [BIN, 'check', '--no-such-option'], { encoding: 'utf8' });
  assert.equal(usage.status, 2);
  assert.match(usage.stderr, /^nelint: [^\n]+\n\n[\s\S]*\n$/);
});
