// The bundled rule documentation: one page per rule with its code, catalog sections and verbatim quotes.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { allRules } from '../../server/src/core/rules';
import { getQuote, renderQuoteMarkdown } from '../../server/src/core/knowledge/quotes';
import { extractCatalog } from '../../scripts/rule-docs/extract-catalog';
import type { CatalogEntry } from '../../scripts/rule-docs/extract-catalog';
import { renderIndex, renderRulePage } from '../../scripts/rule-docs/render';
import { sharedDir } from '../helpers/shared';

const catalog: Record<string, CatalogEntry> = JSON.parse(
  readFileSync(path.resolve(__dirname, '../../scripts/rule-docs/catalog-extract.json'), 'utf8'),
);

test('every rule has a page with its code, its catalog trigger and its quotes', () => {
  assert.ok(allRules.length > 0);
  for (const rule of allRules) {
    const page = renderRulePage(rule, catalog[rule.meta.code]);
    assert.ok(page.startsWith(`# \`${rule.meta.code}\``), rule.meta.code);
    assert.ok(catalog[rule.meta.code], `catalog entry for ${rule.meta.code}`);
    assert.ok(page.includes('## When it reports'), rule.meta.code);
    for (const id of rule.meta.guidance) {
      const q = getQuote(id);
      if (!q) continue;
      assert.ok(page.includes(renderQuoteMarkdown(id)), `${rule.meta.code} ${id}`);
      assert.ok(
        page.includes(q.authority === 'apple-dts' ? 'Apple DTS' : 'reported by a developer'),
        `${rule.meta.code} ${id}`,
      );
    }
  }
});

test('the index links every rule page', () => {
  const index = renderIndex(allRules);
  for (const rule of allRules) {
    const [family, name] = rule.meta.code.split('/');
    assert.ok(index.includes(`](${family}/${name}.md)`), rule.meta.code);
  }
});

test('the catalog extract matches the catalog (when ../shared is present)', (t) => {
  const dir = sharedDir(t, 'spec');
  if (!dir) return;
  const fresh = extractCatalog(readFileSync(path.join(dir, 'rules.md'), 'utf8'));
  assert.deepEqual(fresh, catalog);
});
