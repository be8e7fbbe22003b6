/**
 * Child process of the benchmark: "indexes" a repository the way the language server holds it (every file
 * parsed, validated and kept in memory) and prints time, heap and RSS as JSON. A separate process so RSS is
 * nelint's alone. Usage: node --expose-gc --import tsx scripts/bench/indexRepo.ts DIR [CORE_BUNDLE]
 * (CORE_BUNDLE: scripts/bench/coreEntry.ts bundled, so the shipped code is measured rather than tsx output).
 */
import { readFileSync } from 'node:fs';
import * as sourceCore from './coreEntry';
import type { PlistDocument } from '../../server/src/core/model/document';
import type { Diagnostic } from '../../server/src/core/engine/types';

const dir = process.argv[2];
// eslint-disable-next-line @typescript-eslint/no-require-imports -- the bundle the benchmark just built
const core = (process.argv[3] ? require(process.argv[3]) : sourceCore) as typeof sourceCore;
const { discoverFiles, loadDocumentFromBytes, validateDocument } = core;
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
