/**
 * `npm run fuzz`: property-based fuzzing of the parser, the rules and the fixes (≥ 100,000 cases by default).
 * Options: --runs N (total cases), --seed S (default: random, printed so a failure can be replayed).
 * The same properties run as a bounded, seeded sample in `npm test` (test/fuzz/fuzz.test.ts).
 */
import fc from 'fast-check';
import { captureRuleFailures, checkInvariants, stats } from '../test/fuzz/invariants';
import { loadSeeds, mutatedSeed, randomBytes, randomMarkup } from '../test/fuzz/inputs';
import type { FuzzCase } from '../test/fuzz/inputs';
import { containerBlobs, damagedContainer } from '../test/fuzz/containers';

function flag(name: string): string | undefined {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

const total = Number(flag('--runs') ?? 100_000);
const seed = Number(flag('--seed') ?? Math.floor(Math.random() * 2 ** 31));
const run = (c: FuzzCase) => checkInvariants(c.path, c.input, { maxFixes: 3 });

captureRuleFailures();
const seeds = loadSeeds();
const blobs = containerBlobs();
const parts: [string, fc.Arbitrary<FuzzCase>, number][] = [
  ['mutated corpus/example files', mutatedSeed(seeds), 0.5],
  ['random markup', randomMarkup(), 0.2],
  ['random bytes', randomBytes(), 0.15],
  ['damaged binary plists and CMS blobs', damagedContainer(blobs), 0.15],
];
console.log(`nelint fuzz: ${total} cases, seed ${seed}, ${seeds.length} seed files`);
let failed = false;
for (const [name, arb, share] of parts) {
  const numRuns = Math.ceil(total * share);
  const t0 = performance.now();
  const before = { ...stats };
  const out = fc.check(fc.property(arb, run), { seed, numRuns });
  const secs = ((performance.now() - t0) / 1000).toFixed(1);
  console.log(
    `  ${name}: ${out.numRuns} cases in ${secs} s, ${stats.diagnostics - before.diagnostics} diagnostics, ${stats.fixesChecked - before.fixesChecked} fixes applied`,
  );
  if (out.failed) {
    failed = true;
    console.error(fc.defaultReportMessage(out));
    console.error(String((out.errorInstance as Error | undefined)?.message ?? out.errorInstance).slice(0, 4000));
  }
}
process.exit(failed ? 1 : 0);
