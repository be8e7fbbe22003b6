/**
 * bin/nelint.js compiles dist/cli.js with the V8 code cache the build writes (dist/cli.js.cache): it must use a
 * valid cache, and a missing, stale, damaged or V8-rejected one must change nothing but start-up time.
 * `NODE_DEBUG=nelint` makes the launcher say which case it met.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { entitlements } from '../../scripts/bench/generate';

const REPO = join(__dirname, '..', '..');

/** A copy of bin/ and dist/cli.js(.cache) in a temp dir, so the cache can be damaged without touching dist/. */
function install(): { dir: string; cache: string; valid: Buffer } {
  const dir = mkdtempSync(join(tmpdir(), 'nelint-code-cache-'));
  mkdirSync(join(dir, 'bin'));
  mkdirSync(join(dir, 'dist'));
  for (const f of ['nelint.js', 'load-bundle.js']) copyFileSync(join(REPO, 'bin', f), join(dir, 'bin', f));
  for (const f of ['cli.js', 'cli.js.cache']) copyFileSync(join(REPO, 'dist', f), join(dir, 'dist', f));
  const cache = join(dir, 'dist', 'cli.js.cache');
  return { dir, cache, valid: readFileSync(cache) };
}

function nelint(dir: string, args: string[], nodeFlags: string[] = [], extraEnv: NodeJS.ProcessEnv = {}) {
  const env: NodeJS.ProcessEnv = { ...process.env, ...extraEnv, NODE_DEBUG: 'nelint' };
  delete env.NODE_OPTIONS;
  const r = spawnSync(process.execPath, [...nodeFlags, join(dir, 'bin', 'nelint.js'), ...args], {
    cwd: REPO,
    encoding: 'utf8',
    env,
  });
  const cache = /code cache (.*)/.exec(r.stderr)?.[1] ?? '';
  return { status: r.status, stdout: r.stdout, stderr: r.stderr.replace(/^NELINT \d+: .*\n/gm, ''), cache };
}

/** The header line `<id> <crc>` and the V8 data after it. */
function split(buf: Buffer): { header: string; data: Buffer } {
  const nl = buf.indexOf(10);
  return { header: buf.toString('latin1', 0, nl), data: buf.subarray(nl + 1) };
}

test('the launcher uses the cache the build wrote, and every broken cache gives the same result', () => {
  const { dir, cache, valid } = install();
  try {
    const args = ['check', 'examples', '--format', 'json'];
    const good = nelint(dir, args);
    assert.equal(good.cache, 'used', good.stderr);
    assert.equal(good.status, 1, good.stderr);
    assert.ok(JSON.parse(good.stdout).files.length > 3);

    const { header, data } = split(valid);
    const [id, crc] = header.split(' ');
    const flipped = Buffer.from(data);
    for (let i = flipped.length >> 1; i < (flipped.length >> 1) + 64; i++) flipped[i] ^= 0xff;
    const broken: Record<string, Buffer | undefined> = {
      missing: undefined,
      empty: Buffer.alloc(0),
      garbage: Buffer.from('not a cache\n\x00\x01\x02'),
      truncated: valid.subarray(0, valid.length >> 1),
      // V8 would crash on these bytes (they pass its header checks): the checksum must catch them.
      damaged: Buffer.concat([Buffer.from(`${header}\n`, 'latin1'), flipped]),
      // A cache made for another build of the bundle (e.g. before an esbuild --watch rebuild).
      stale: Buffer.concat([Buffer.from(`${id.replace(/^./, id[0] === '0' ? '1' : '0')} ${crc}\n`, 'latin1'), data]),
    };
    for (const [name, bytes] of Object.entries(broken)) {
      rmSync(cache, { force: true });
      if (bytes) writeFileSync(cache, bytes);
      const r = nelint(dir, args);
      assert.match(r.cache, /^not found/, `${name}: ${r.stderr}`);
      assert.deepEqual({ ...r, cache: '' }, { ...good, cache: '' }, name);
    }

    // Other V8 flags: V8 itself rejects the cache; same result.
    writeFileSync(cache, valid);
    const flagged = nelint(dir, args, ['--no-opt']);
    assert.equal(flagged.cache, 'rejected by V8', flagged.stderr);
    assert.deepEqual({ ...flagged, cache: '' }, { ...good, cache: '' });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('a bundle loaded from the cache still starts itself as a worker (its __filename is dist/cli.js)', () => {
  const { dir } = install();
  const files = join(dir, 'files');
  mkdirSync(files);
  for (let i = 0; i < 40; i++) writeFileSync(join(files, `T${i}.entitlements`), entitlements(i));
  try {
    const env = { NELINT_DEBUG_WORKERS: '1', NELINT_MIN_FILES_FOR_WORKERS: '2' };
    const one = nelint(dir, ['check', files, '--format', 'json', '--jobs', '1'], [], env);
    const two = nelint(dir, ['check', files, '--format', 'json', '--jobs', '2'], [], env);
    assert.equal(two.cache, 'used', two.stderr);
    assert.match(two.stderr, /40 files, 2 threads \(main \+ 1 workers\)/);
    assert.equal(two.status, one.status, two.stderr);
    assert.equal(two.stdout, one.stdout);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('a bundle with non-ASCII text is read as UTF-8 (ASCII ones are read as latin1, which is faster)', () => {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { loadBundle } = require(join(REPO, 'bin', 'load-bundle.js')) as {
    loadBundle: (file: string) => { text: string; file: string };
  };
  const dir = mkdtempSync(join(tmpdir(), 'nelint-code-cache-'));
  try {
    for (const text of ['plain ASCII', 'caf\u00e9 \u201Cquoted\u201D \u2026 \u{1F600}']) {
      const file = join(dir, `b${text.length}.js`);
      writeFileSync(file, `module.exports = { text: ${JSON.stringify(text)}, file: __filename };\n`, 'utf8');
      assert.deepEqual({ ...loadBundle(file) }, { text, file });
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
