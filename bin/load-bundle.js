'use strict';
// Loads a bundle (dist/cli.js) as require() would, but compiled with the V8 code cache that the build wrote next
// to it (dist/cli.js.cache, by scripts/build-cli-cache.mjs; never written at run time).
// Why: compiling the 1.7 MB bundle is ~55 ms of every `nelint` run, and Node 20 has no
// module.enableCompileCache (Node 22+). A missing, stale or corrupt cache, or one V8 rejects (another Node
// version, other V8 flags), means an ordinary compile: same behaviour, no message (`NODE_DEBUG=nelint` says which).
const fs = require('node:fs');
const path = require('node:path');
const vm = require('node:vm');
const Module = require('node:module');
const { isAscii } = require('node:buffer');
const debug = require('node:util').debuglog('nelint');

// Node's CommonJS wrapper, spelled out: the cache is only valid for exactly the source it was made from.
const WRAP_HEAD = '(function (exports, require, module, __filename, __dirname) { ';
const WRAP_TAIL = '\n});';
// The build appends `MARK<id>\n` to the bundle and starts the cache with `<id> <crc32 of the V8 data>\n`. V8 checks
// only the source's length, so the id is what tells a cache from a rebuilt bundle (esbuild --watch) of the same
// length; and V8 crashes on damaged data that passes its header checks, hence the checksum (as Node 22 does).
const MARK = '\n//# nelint-code-cache=';

/** The cache's V8 data when it was made for this very source and is intact; otherwise undefined. */
function cachedDataFor(source, cacheFile) {
  let buf;
  try {
    buf = fs.readFileSync(cacheFile);
  } catch {
    return undefined;
  }
  const nl = buf.indexOf(10);
  const [id, crc] = nl > 0 && nl < 80 ? buf.toString('latin1', 0, nl).split(' ') : [];
  if (!crc || !source.endsWith(`${MARK}${id}\n`)) return undefined;
  const data = buf.subarray(nl + 1);
  return checksum(data) === crc ? data : undefined;
}

/** CRC-32 of the data in hex; undefined on a Node without zlib.crc32 (< 20.15), which then never uses a cache. */
function checksum(data) {
  const { crc32 } = require('node:zlib');
  return crc32 ? crc32(data).toString(16) : undefined;
}

/** Compiles the bundle's source (with cachedData when given; V8 ignores data it rejects). */
function compile(bundle, source, cachedData) {
  return new vm.Script(WRAP_HEAD + source + WRAP_TAIL, { filename: bundle, cachedData });
}

/** Runs a compiled bundle as the CommonJS module `bundle` (its own __filename: workers.ts restarts it). */
function run(script, bundle) {
  const mod = new Module(bundle, module);
  mod.filename = bundle;
  require.cache[bundle] = mod;
  const dirname = path.dirname(bundle);
  script.runInThisContext().call(mod.exports, mod.exports, Module.createRequire(bundle), mod, bundle, dirname);
  mod.loaded = true;
  return mod.exports;
}

/** The bundle's text. esbuild writes ASCII, and decoding ASCII as latin1 skips UTF-8 decoding (~2 ms). */
function readSource(bundle) {
  const bytes = fs.readFileSync(bundle);
  return isAscii && isAscii(bytes) ? bytes.toString('latin1') : bytes.toString('utf8');
}

/** `require(bundle)`, using `${bundle}.cache` when it fits. */
function loadBundle(bundle) {
  const source = readSource(bundle);
  const cachedData = cachedDataFor(source, `${bundle}.cache`);
  const script = compile(bundle, source, cachedData);
  debug(
    'code cache %s',
    !cachedData ? 'not found (missing, stale or damaged)' : script.cachedDataRejected ? 'rejected by V8' : 'used',
  );
  return run(script, bundle);
}

module.exports = { loadBundle, readSource, cachedDataFor, checksum, compile, run, MARK };
