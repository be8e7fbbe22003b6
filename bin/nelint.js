#!/usr/bin/env node
'use strict';
// Thin launcher: the CLI is bundled into dist/cli.js by `npm run build` (run automatically by `npm ci`).
// It is loaded through load-bundle.js, which uses the V8 code cache the build made for it (start-up time).
const path = require('node:path');
const fs = require('node:fs');
const bundle = path.join(__dirname, '..', 'dist', 'cli.js');
if (!fs.existsSync(bundle)) {
  process.stderr.write('nelint: dist/cli.js is missing; run `npm run build` first.\n');
  process.exit(2);
}

// Exits once stdout and stderr are flushed. A natural exit would first tear the whole V8 heap down, which takes
// ~50 ms after checking a large profile, for nothing. (`nelint lsp` never gets here: its promise never settles.)
function exit(code) {
  process.exitCode = code;
  let pending = 2;
  const done = () => --pending === 0 && process.exit(code);
  process.stdout.write('', done);
  process.stderr.write('', done);
}

require('./load-bundle')
  .loadBundle(bundle)
  .main(process.argv.slice(2))
  .then(exit, (err) => {
    process.stderr.write(`nelint: internal error: ${err && err.message ? err.message : String(err)}\n`);
    exit(2);
  });
