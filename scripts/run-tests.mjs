// Runs every test/**/*.test.ts with node's built-in test runner (through tsx), excluding the e2e folder,
// which needs a real VS Code and runs with `npm run test:e2e`. Node 20's --test takes no globs, hence this.
import { spawnSync } from 'node:child_process';
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

function collect(dir, out) {
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) {
      if (name === 'e2e' || name === 'fixtures' || name === 'node_modules') continue;
      collect(p, out);
    } else if (name.endsWith('.test.ts')) out.push(p);
  }
  return out;
}

const filter = process.argv.slice(2);
let files = collect('test', []).sort();
if (filter.length) files = files.filter((f) => filter.some((x) => f.includes(x)));
const res = spawnSync(process.execPath, ['--import', 'tsx', '--test', '--test-reporter=spec', ...files], {
  stdio: 'inherit',
});
process.exit(res.status ?? 1);
