/**
 * Child process of the benchmark: "indexes" a repository the way the language server holds it (every file
 * parsed, validated and kept in memory) and prints time, heap and RSS as JSON. A separate process so RSS is
 * nelint's alone. Usage: node --expose-gc --import tsx scripts/bench/indexRepo.ts DIR
 */
import { readFileSync } from 'node:fs';
import { discoverFiles } from '../../server/src/host/discover';
import { loadDocumentFromBytes } from '../../server/src/core/engine/loadDocument';
import { validateDocument } from '../../server/src/core/engine/validate';
import type { PlistDocument } from '../../server/src/core/model/document';
import type { Diagnostic } from '../../server/src/core/engine/types';

const dir = process.argv[2];
const t0 = performance.now();
const { files } = discoverFiles([dir]);
const index = new Map<string, { doc: PlistDocument; diagnostics: Diagnostic[] }>();
let problems = 0;
for (const f of files) {
  const doc = loadDocumentFromBytes(f, readFileSync(f));
  const diagnostics = validateDocument(doc, {});
  problems += diagnostics.length;
  index.set(f, { doc, diagnostics });
}
const ms = performance.now() - t0;
(globalThis as { gc?: () => void }).gc?.();
const mem = process.memoryUsage();
process.stdout.write(
  JSON.stringify({
    files: index.size,
    problems,
    ms,
    heapUsed: mem.heapUsed,
    rss: mem.rss,
    peakRss: process.resourceUsage().maxRSS * 1024,
  }),
);
