/**
 * `nelint check` with worker threads, through the built bundle (bin/nelint.js → dist/cli.js, which starts itself
 * as the worker): same output, byte for byte, and same exit code as a sequential run, in every format.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { entitlements, infoPlist, transparentProxyProfile } from '../../scripts/bench/generate';

const BIN = join(__dirname, '..', '..', 'bin', 'nelint.js');

function repo(): string {
  const dir = mkdtempSync(join(tmpdir(), 'nelint-workers-'));
  for (let t = 0; t < 40; t++) {
    const target = join(dir, `T${t}`);
    mkdirSync(target);
    writeFileSync(join(target, `T${t}.entitlements`), entitlements(t));
    // Every fifth Info.plist has a duplicate key (an error with a fix: SARIF fix regions need line indexes).
    const info = infoPlist(t);
    writeFileSync(
      join(target, 'Info.plist'),
      t % 5 ? info : info.replace('<dict>', '<dict>\n\t<key>CFBundleName</key>\n\t<string>A</string>'),
    );
    if (t % 10 === 0) writeFileSync(join(target, `P${t}.mobileconfig`), transparentProxyProfile(2, t));
  }
  return dir;
}

function check(dir: string, format: string, jobs: number) {
  return spawnSync(process.execPath, [BIN, 'check', dir, '--format', format, '--jobs', String(jobs)], {
    encoding: 'utf8',
    env: { ...process.env, NELINT_DEBUG_WORKERS: '1', NELINT_MIN_FILES_FOR_WORKERS: '64' },
    maxBuffer: 1 << 28,
  });
}

test('worker threads give the same report and exit code as a sequential run', () => {
  const dir = repo();
  try {
    for (const format of ['json', 'sarif']) {
      const one = check(dir, format, 1);
      const two = check(dir, format, 3);
      assert.match(two.stderr, /84 files, 3 threads \(main \+ 2 workers\)/);
      assert.doesNotMatch(one.stderr, /threads/);
      assert.equal(two.status, one.status);
      assert.equal(two.status, 1, one.stderr);
      assert.equal(two.stdout, one.stdout);
      if (format === 'sarif') assert.match(two.stdout, /"fixes"/);
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('few files stay in one thread', () => {
  const dir = mkdtempSync(join(tmpdir(), 'nelint-workers-'));
  try {
    writeFileSync(join(dir, 'A.entitlements'), entitlements(1));
    const r = check(dir, 'json', 4);
    assert.equal(r.status, 0, r.stderr);
    assert.doesNotMatch(r.stderr, /threads/);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
