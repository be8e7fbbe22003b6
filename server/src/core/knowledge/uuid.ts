/**
 * Fresh UUIDs for quick fixes and snippets (catalog §1.13: upper-case RFC 4122 v4). Tests stub the generator so
 * fix results are exact text.
 */
import type * as Crypto from 'node:crypto';

// node:crypto is required on first use: loading it costs every CLI run ~3 ms, and only quick fixes need a UUID.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const defaultGenerator = (): string => (require('node:crypto') as typeof Crypto).randomUUID().toUpperCase();
let generator: () => string = defaultGenerator;

/** A new upper-case v4 UUID. */
export function newUuid(): string {
  return generator();
}

/** Replaces the generator (tests); call with no argument to restore the random one. */
export function setUuidGenerator(next?: () => string): void {
  generator = next ?? defaultGenerator;
}

/** A deterministic generator for tests: `00000000-0000-4000-8000-000000000001`, `…0002`, … */
export function sequentialUuids(): () => string {
  let n = 0;
  return () => `00000000-0000-4000-8000-${String(++n).padStart(12, '0')}`;
}
