// Runs the TextMate grammar syntax tests (test/grammar/cases/*) with vscode-tmgrammar-test, which
// tokenizes with the same engine as VS Code (vscode-textmate + oniguruma) and reads the grammar from
// package.json `contributes.grammars`.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

const repo = path.resolve(__dirname, '../..');
const cli = path.join(repo, 'node_modules/vscode-tmgrammar-test/dist/unit.js');

function runCases(glob: string) {
  return spawnSync(process.execPath, [cli, '--compact', glob], { cwd: repo, encoding: 'utf8' });
}

test('grammar syntax tests pass', () => {
  const res = runCases('test/grammar/cases/*.{plist,entitlements}');
  assert.equal(res.status, 0, res.stdout + res.stderr);
  assert.match(res.stdout, /requirement\.plist/);
});

test('a wrong expected scope makes the grammar test fail (the harness can fail)', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'nelint-grammar-'));
  try {
    const source = readFileSync(path.join(repo, 'test/grammar/cases/basics.plist'), 'utf8');
    const broken = source.replace('constant.numeric.integer.plist', 'string.unquoted.plist');
    assert.notEqual(broken, source);
    writeFileSync(path.join(dir, 'broken.plist'), broken);
    const res = runCases(path.join(dir, '*.plist'));
    assert.notEqual(res.status, 0, res.stdout);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
