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
require('./load-bundle')
  .loadBundle(bundle)
  .main(process.argv.slice(2))
  .then(
    (code) => {
      process.exitCode = code;
    },
    (err) => {
      process.stderr.write(`nelint: internal error: ${err && err.message ? err.message : String(err)}\n`);
      process.exitCode = 2;
    },
  );
