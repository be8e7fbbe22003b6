// One script, three bundles: the VS Code client (vscode is external), the language server and the CLI.
// The server and the CLI share the pure core; both are plain Node CJS bundles with every dependency inlined,
// so the .vsix and `npx nelint` need no node_modules at run time.
import * as esbuild from 'esbuild';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { buildCliCache } from './scripts/build-cli-cache.mjs';

const production = process.argv.includes('--production');
const watch = process.argv.includes('--watch');

const { version } = JSON.parse(readFileSync('package.json', 'utf8'));

// Large JSON data (Apple's profile schema, the quote bank, …) is bundled as `JSON.parse('…')`, not as an object
// literal: V8 parses JSON faster than it compiles and runs a literal, and the CLI's code cache gets smaller.
// Measured on the 224 KB profile schema with a code cache: ~7 ms as a literal, ~4.5 ms as JSON.parse.
const jsonAsParse = {
  name: 'json-as-parse',
  setup(build) {
    build.onLoad({ filter: /\.json$/ }, (args) => {
      if (args.path.includes(`${path.sep}node_modules${path.sep}`)) return undefined;
      const text = readFileSync(args.path, 'utf8');
      if (text.length < 10_000) return undefined;
      return {
        contents: `export default JSON.parse(${JSON.stringify(JSON.stringify(JSON.parse(text)))});`,
        loader: 'js',
      };
    });
  },
};

const common = {
  bundle: true,
  // `nelint --version` and SARIF's tool.driver.version come from package.json.
  define: { NELINT_VERSION: JSON.stringify(version) },
  platform: 'node',
  format: 'cjs',
  target: 'node18',
  sourcemap: !production,
  minify: production,
  // Start-up time: V8 has to scan the whole bundle before running it, and comments and whitespace are half of
  // it. Identifiers stay readable (stack traces in bug reports; the source map maps back to TypeScript).
  minifyWhitespace: true,
  minifySyntax: true,
  logLevel: 'warning',
  loader: { '.md': 'text' },
  plugins: [jsonAsParse],
};

const builds = [
  { ...common, entryPoints: ['client/src/extension.ts'], outfile: 'dist/client.js', external: ['vscode'] },
  { ...common, entryPoints: ['server/src/lsp/serverMain.ts'], outfile: 'dist/server.js' },
  { ...common, entryPoints: ['server/src/cli/main.ts'], outfile: 'dist/cli.js' },
];

const existing = [];
for (const b of builds) {
  const fs = await import('node:fs');
  if (fs.existsSync(b.entryPoints[0])) existing.push(b);
}

if (watch) {
  for (const b of existing) await (await esbuild.context(b)).watch();
} else {
  await Promise.all(existing.map((b) => esbuild.build(b)));
  // The CLI's V8 code cache (start-up time; bin/load-bundle.js). Watch builds skip it: the launcher ignores a
  // cache that was not made for the bundle it loads.
  const cli = existing.find((b) => b.outfile === 'dist/cli.js');
  if (cli) buildCliCache(path.resolve(cli.outfile));
}
