/**
 * Seeded sample of the fuzzer (`npm run fuzz` runs ≥ 100,000 cases): mutated corpus/example files, random
 * markup, random bytes and damaged binary/CMS containers never make anything throw, every range lies inside
 * its document, and applying a preferred fix changes only its edits, keeps the XML well-formed and removes
 * the diagnostic. Bounded to a few seconds; set NELINT_FUZZ_SEED to replay another seed.
 */
import { test } from 'node:test';
import fc from 'fast-check';
import { captureRuleFailures, checkInvariants } from './invariants';
import { loadSeeds, mutatedSeed, randomBytes, randomMarkup } from './inputs';
import { containerBlobs, damagedContainer } from './containers';
import type { FuzzCase } from './inputs';

const seed = Number(process.env.NELINT_FUZZ_SEED ?? 20261121);
const run = (c: FuzzCase) => checkInvariants(c.path, c.input, { maxFixes: 2 });

captureRuleFailures();

test('fuzz sample: mutated corpus and example files', () => {
  const seeds = loadSeeds(40_000);
  fc.assert(fc.property(mutatedSeed(seeds), run), { seed, numRuns: 250 });
});

test('fuzz sample: random markup and random bytes', () => {
  fc.assert(fc.property(fc.oneof(randomMarkup(), randomBytes()), run), { seed, numRuns: 400 });
});

test('fuzz sample: truncated and damaged binary plists and CMS blobs', () => {
  const blobs = containerBlobs();
  for (const b of blobs) run(b);
  fc.assert(fc.property(damagedContainer(blobs), run), { seed, numRuns: 200 });
});
