// Build step (esbuild.mjs runs it after bundling dist/cli.js): writes dist/cli.js.cache, the V8 code cache that
// bin/load-bundle.js compiles the CLI with (start-up time). It marks the bundle with the cache's id (see MARK in
// load-bundle.js), then, in a fresh `node` with no flags (V8 rejects a cache made under other flags), compiles
// the bundle, runs it on the bundled examples/ so the functions a check compiles lazily are cached too, and saves
// the cache. A fresh process then checks that V8 accepts it; if not, a cache of the top-level code only is kept.
// usage: node scripts/build-cli-cache.mjs [dist/cli.js]
import { Buffer } from 'node:buffer';
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import v8 from 'node:v8';

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);
const { cachedDataFor, checksum, compile, readSource, run, MARK } = require('../bin/load-bundle.js');

const self = fileURLToPath(import.meta.url);
// The warm-up runs with the optimising tiers off and turns them back on before the cache is written: a cache
// made after a JIT-enabled warm-up made the later check of a 10,000-payload profile ~50 ms slower (measured; the
// likely cause is tiering state V8 keeps with the functions it caches). The flag hash in the cache must equal a
// plain `node`'s, hence the check in a fresh process below.
const WARMUP_FLAGS = { off: ['--no-opt', '--no-sparkplug'], on: ['--opt', '--sparkplug'] };

const [mode, ...rest] = process.argv.slice(2);
if (mode === '--write-cache') await writeCache(rest[0], rest[1] === 'warm');
else if (mode === '--verify-cache') verifyCache(rest[0]);
else if (path.resolve(process.argv[1] ?? '') === self) buildCliCache(path.resolve(mode ?? 'dist/cli.js'));

/** Marks `bundle` and writes `${bundle}.cache`; on failure there is no cache (the CLI works without it). */
export function buildCliCache(bundle) {
  markBundle(bundle);
  const ok = (args) => node(args).status === 0;
  if (ok(['--write-cache', bundle, 'warm']) && ok(['--verify-cache', bundle])) return;
  if (ok(['--write-cache', bundle, 'top']) && ok(['--verify-cache', bundle])) return;
  rmSync(`${bundle}.cache`, { force: true });
  console.warn(`nelint: no V8 code cache for ${path.relative(repo, bundle)}; the CLI starts slower without it.`);
}

/** This script in a plain `node`: no flags, no NODE_OPTIONS (the cache must fit a plain `nelint` run). */
function node(args) {
  const env = { ...process.env };
  delete env.NODE_OPTIONS;
  return spawnSync(process.execPath, [self, ...args], { cwd: repo, env, stdio: ['ignore', 'inherit', 'inherit'] });
}

/** Appends `MARK<id>\n` (id = hash of the unmarked bundle) to the bundle, replacing an older mark. */
function markBundle(bundle) {
  let source = readFileSync(bundle, 'utf8');
  const at = source.lastIndexOf(MARK);
  if (at >= 0 && source.indexOf('\n', at + 1) === source.length - 1) source = source.slice(0, at);
  const id = createHash('sha256').update(source).digest('hex').slice(0, 32);
  writeFileSync(bundle, `${source}${MARK}${id}\n`);
}

async function writeCache(bundle, warm) {
  // The id comes from the source compiled here: a concurrent rebuild can then only make the cache unused.
  const source = readSource(bundle);
  const id = source.slice(source.lastIndexOf(MARK) + MARK.length, -1);
  if (!/^[0-9a-f]{32}$/.test(id)) throw new Error(`${bundle} has no code cache mark`);
  if (warm) for (const flag of WARMUP_FLAGS.off) v8.setFlagsFromString(flag);
  const script = compile(bundle, source, undefined);
  const cli = run(script, bundle);
  if (warm) {
    const io = { out: () => undefined, err: () => undefined, color: false };
    for (const format of ['json', 'text', 'sarif']) {
      await cli.main(['check', path.join(repo, 'examples'), '--format', format], io);
    }
    for (const flag of WARMUP_FLAGS.on) v8.setFlagsFromString(flag);
  }
  const tmp = `${bundle}.cache.${process.pid}`;
  const data = script.createCachedData();
  writeFileSync(tmp, Buffer.concat([Buffer.from(`${id} ${checksum(data)}\n`, 'latin1'), data]));
  renameSync(tmp, `${bundle}.cache`);
}

/** Exits 0 when V8 in this plain process accepts the cache for the bundle. */
function verifyCache(bundle) {
  const source = readSource(bundle);
  const data = cachedDataFor(source, `${bundle}.cache`);
  process.exitCode = data && !compile(bundle, source, data).cachedDataRejected ? 0 : 1;
}
