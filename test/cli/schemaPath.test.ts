/**
 * `nelint check --schema-path DIR` (the editor's nelint.schemaPath) through the built bundle: the checkout's schema
 * is used on the main thread and in worker threads; a path that is no checkout is exit 2 with a message.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { FUTURE_KEY, FUTURE_PROFILE, writeSchemaCheckout } from '../helpers/schemaCheckout';

const BIN = join(__dirname, '..', '..', 'bin', 'nelint.js');
const FUTURE_LINE = FUTURE_PROFILE.split('\n').findIndex((l) => l.includes(`<key>${FUTURE_KEY}</key>`));

interface JsonReport {
  files: { path: string; diagnostics: { code: string; range: { start: { line: number } } }[] }[];
}

function check(args: string[], env: Record<string, string> = {}) {
  return spawnSync(process.execPath, [BIN, 'check', '--format', 'json', ...args], {
    encoding: 'utf8',
    env: { ...process.env, ...env },
    maxBuffer: 1 << 26,
  });
}

/** Files whose FutureKey is reported as an unknown key. */
function reported(stdout: string): string[] {
  const report = JSON.parse(stdout) as JsonReport;
  return report.files
    .filter((f) => f.diagnostics.some((d) => d.code === 'profile/unknown-key' && d.range.start.line === FUTURE_LINE))
    .map((f) => f.path);
}

function profiles(count: number): string {
  const dir = mkdtempSync(join(tmpdir(), 'nelint-schema-cli-'));
  for (let i = 0; i < count; i++) writeFileSync(join(dir, `Future${i}.mobileconfig`), FUTURE_PROFILE);
  return dir;
}

test('--schema-path: the checkout knows FutureKey; without it the bundled schema reports it', () => {
  const dir = profiles(1);
  const bundled = check([dir]);
  assert.equal(reported(bundled.stdout).length, 1, bundled.stderr);
  const withCheckout = check([dir, '--schema-path', writeSchemaCheckout()]);
  assert.deepEqual(reported(withCheckout.stdout), [], withCheckout.stderr);
});

test('--schema-path reaches the worker threads', () => {
  const dir = profiles(48);
  const r = check([dir, '--jobs', '2', '--schema-path', writeSchemaCheckout()], {
    NELINT_DEBUG_WORKERS: '1',
    NELINT_MIN_FILES_FOR_WORKERS: '2',
  });
  assert.match(r.stderr, /main \+ 1 workers/);
  assert.equal((JSON.parse(r.stdout) as JsonReport).files.length, 48);
  assert.deepEqual(reported(r.stdout), []);
});

test('--schema-path that is no checkout: exit 2 and why, no report', () => {
  const r = check([profiles(1), '--schema-path', join(tmpdir(), 'no-such-device-management')]);
  assert.equal(r.status, 2);
  assert.match(r.stderr, /^nelint: .*mdm[/\\]profiles not found/m);
  assert.equal(r.stdout, '');
});
