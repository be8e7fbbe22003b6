// Extracts the quote bank (catalog Appendix A) into server/src/core/knowledge/data/quotes.json and records,
// for each quote, the seed file it occurs in (whitespace-normalised substring match).
// Usage: node scripts/extract-quotes.mjs [path/to/shared]   (default: ../shared next to the repo root)
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const repo = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const shared = resolve(process.argv[2] ?? join(repo, '../shared'));
const catalog = readFileSync(join(shared, 'spec/rules.md'), 'utf8');
const seedsDir = join(shared, 'seeds');
const norm = (s) => s.replace(/\s+/g, ' ').trim();
const seeds = readdirSync(seedsDir)
  .filter((f) => f.endsWith('.txt'))
  .sort()
  .map((f) => ({ file: f, text: norm(readFileSync(join(seedsDir, f), 'utf8')) }));

const start = catalog.indexOf('## Appendix A. Quote bank');
const end = catalog.indexOf('## Appendix B.');
const lines = catalog.slice(start, end).split('\n');

const HEAD = /^\* \*\*(Q-[DU]\d+)\*\* · \[(DTS|USER)\] (.*) — (.*)$/;
const quotes = [];
for (let i = 0; i < lines.length; i++) {
  const m = HEAD.exec(lines[i]);
  if (!m) continue;
  const body = lines[i + 1].replace(/^\s*> /, '');
  // Backticks around quotes that contain XML are not part of the quote (Appendix A preamble).
  const text = /^`.*`$/.test(body) ? body.slice(1, -1) : body;
  const titled = /^«(.*)»$/.exec(m[3]);
  // Untitled seed-003 posts: keep "untitled post 003-P08", drop the scrape note in parentheses.
  const thread = titled ? titled[1] : m[3].split(' (')[0];
  const authority = m[2] === 'DTS' ? 'apple-dts' : 'developer';
  const author = authority === 'apple-dts' ? 'Quinn “The Eskimo!”' : 'asking developer';
  const hit = seeds.find((s) => s.text.includes(norm(text)));
  if (!hit) console.error(`${m[1]}: not found in any seed file`);
  quotes.push({ id: m[1], text, thread, author, authority, source: hit ? hit.file : '' });
}

const out = join(repo, 'server/src/core/knowledge/data/quotes.json');
writeFileSync(out, JSON.stringify({ version: '2026-11-21', quotes }, null, 2) + '\n');
console.log(`${quotes.length} quotes → ${out}`);
