/**
 * Writes the bundled rule documentation: docs/rules/<family>/<rule-name>.md for every rule in `allRules`, plus
 * docs/rules/README.md (the index). Runs at build/package time (`scripts/package.mjs`, `test/e2e/run.sh`), so
 * rules added during development get their page. The extension opens these pages from each diagnostic's code link.
 * usage: node --import tsx scripts/generate-rule-docs.ts [outDir]
 */
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { allRules } from '../server/src/core/rules';
import type { CatalogEntry } from './rule-docs/extract-catalog';
import { renderIndex, renderRulePage } from './rule-docs/render';

const repo = path.resolve(__dirname, '..');
const outDir = path.resolve(process.argv[2] ?? path.join(repo, 'docs/rules'));
const catalog: Record<string, CatalogEntry> = JSON.parse(
  readFileSync(path.join(__dirname, 'rule-docs/catalog-extract.json'), 'utf8'),
);

rmSync(outDir, { recursive: true, force: true });
mkdirSync(outDir, { recursive: true });
for (const rule of allRules) {
  const [family, name] = rule.meta.code.split('/');
  mkdirSync(path.join(outDir, family), { recursive: true });
  writeFileSync(path.join(outDir, family, `${name}.md`), renderRulePage(rule, catalog[rule.meta.code]));
}
writeFileSync(path.join(outDir, 'README.md'), renderIndex(allRules));
console.log(`${allRules.length} rule pages -> ${path.relative(repo, outDir)}`);
