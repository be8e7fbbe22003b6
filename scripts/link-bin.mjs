// npm links a package's bin into node_modules/.bin of its dependents, not of itself. Link ours too, so tools that
// look for node_modules/.bin/nelint (editor tasks, git hooks) find the CLI in a checkout. Idempotent; never fails.
import { existsSync, mkdirSync, symlinkSync, unlinkSync, lstatSync } from 'node:fs';
import { join } from 'node:path';

try {
  const dir = join('node_modules', '.bin');
  if (existsSync('node_modules')) {
    mkdirSync(dir, { recursive: true });
    const link = join(dir, 'nelint');
    if (existsSync(link) || lstatSync(link, { throwIfNoEntry: false })) unlinkSync(link);
    symlinkSync(join('..', '..', 'bin', 'nelint.js'), link);
  }
} catch (e) {
  console.warn(`nelint: could not link node_modules/.bin/nelint (${e.message})`);
}
