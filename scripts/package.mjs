// `npm run package`: builds the production bundles, regenerates the bundled rule docs and writes a .vsix with
// vsce (bundled: no node_modules; checked to stay under 5 MB). vsce comes from .e2e/tools when test/e2e/setup.sh
// ran, otherwise from the npm registry via npx (build time only; nelint itself never touches the network).
// usage: node scripts/package.mjs [--out path.vsix]
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const pkg = JSON.parse(readFileSync(path.join(repo, 'package.json'), 'utf8'));
const outArg = process.argv.indexOf('--out');
const out = path.resolve(outArg > 0 ? process.argv[outArg + 1] : path.join(repo, `${pkg.name}-${pkg.version}.vsix`));
const MAX_BYTES = 5 * 1024 * 1024;

const run = (cmd, args, env = process.env) => execFileSync(cmd, args, { cwd: repo, stdio: 'inherit', env });

run(process.execPath, ['esbuild.mjs', '--production']);
run(process.execPath, ['--import', 'tsx', 'scripts/generate-rule-docs.ts']);

const localVsce = path.join(repo, '.e2e/tools/node_modules/@vscode/vsce/vsce');
const vsceArgs = [
  'package',
  '--no-dependencies',
  '--readme-path',
  'client/README.md',
  '--baseContentUrl',
  'https://github.com/nelint/nelint/blob/main/',
  '--baseImagesUrl',
  'https://github.com/nelint/nelint/raw/main/',
  '--allow-missing-repository',
  '--out',
  out,
];
if (existsSync(localVsce)) {
  const node24 = path.join(repo, '.e2e/node24/node_modules/.bin/node');
  run(existsSync(node24) ? node24 : process.execPath, [localVsce, ...vsceArgs]);
} else {
  run('npx', ['--yes', '@vscode/vsce@4.1.0', ...vsceArgs]);
}

const size = statSync(out).size;
console.log(`${path.relative(process.cwd(), out)}: ${(size / 1024).toFixed(0)} KiB`);
if (size > MAX_BYTES) {
  console.error(`the .vsix is larger than ${MAX_BYTES} bytes`);
  process.exit(1);
}
