/**
 * One-time extraction (re-run when the catalog changes): reads the rule catalog (../shared/spec/rules.md) and
 * writes scripts/rule-docs/catalog-extract.json with, per code, the catalog's trigger, guards, quick fixes and
 * failing/passing examples. The docs generator reads that JSON, so packaging never needs ../shared.
 * usage: node --import tsx scripts/rule-docs/extract-catalog.ts [path/to/rules.md]
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';

export interface CatalogEntry {
  id: string;
  title: string;
  fileKinds?: string;
  requires?: string;
  trigger?: string;
  mustNot?: string;
  quickFixes?: string;
  example?: string;
}

const FIELDS: [keyof CatalogEntry, RegExp][] = [
  ['fileKinds', /^\* \*\*File kinds[^*]*\*\*\s*/],
  ['requires', /^\* \*\*Requires[^*]*\*\*\s*/],
  ['trigger', /^\* \*\*Trigger[^*]*\*\*\s*/],
  ['mustNot', /^\* \*\*Must NOT trigger on[^*]*\*\*\s*/],
  ['quickFixes', /^\* \*\*Quick fix(?:es)?[^*]*\*\*\s*/],
  ['example', /^\* \*\*Example\*\*\s*/],
];

export function extractCatalog(markdown: string): Record<string, CatalogEntry> {
  const out: Record<string, CatalogEntry> = {};
  const sections = markdown.split(/^### /m).slice(1);
  for (const section of sections) {
    const head = /^(N\d+) · `([a-z0-9-]+\/[a-z0-9-]+)` — (.*)$/m.exec(section);
    if (!head) continue;
    const entry: CatalogEntry = { id: head[1], title: head[3].trim() };
    // Top-level bullets start with "* **"; everything until the next one belongs to that field.
    const lines = section.split('\n').slice(1);
    let field: keyof CatalogEntry | undefined;
    const buf: Partial<Record<keyof CatalogEntry, string[]>> = {};
    for (const line of lines) {
      if (line.startsWith('* **')) {
        const hit = FIELDS.find(([, re]) => re.test(line));
        field = hit?.[0];
        if (hit) buf[hit[0]] = [line.replace(hit[1], '')];
        continue;
      }
      if (field) buf[field]!.push(line.replace(/^ {2}/, ''));
    }
    for (const [k, v] of Object.entries(buf)) {
      (entry as unknown as Record<string, string>)[k] = v
        .join('\n')
        .replace(/\n---\s*$/, '')
        .trim();
    }
    out[head[2]] = entry;
  }
  return out;
}

if (require.main === module) {
  const src = process.argv[2] ?? path.resolve(__dirname, '../../../shared/spec/rules.md');
  const data = extractCatalog(readFileSync(src, 'utf8'));
  const target = path.join(__dirname, 'catalog-extract.json');
  writeFileSync(target, JSON.stringify(data, null, 2) + '\n');
  console.log(`${Object.keys(data).length} rules -> ${target}`);
}
