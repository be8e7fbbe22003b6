/**
 * Parser conformance: for every XML corpus file that the `plist` npm package can parse, the values of our
 * tree equal `plist.parse`'s output (a test-side converter turns our tree into plain JS values).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { parsePlistBytes } from '../../../server/src/core/parser/parsePlist';
import type { PlistNode } from '../../../server/src/core/model/plist';
import { dataBytes, dateValue, integerValue } from '../../../server/src/core/parser/scalars';
import { sharedDir } from '../../helpers/shared';

function files(dir: string): string[] {
  const out: string[] = [];
  const stack = [dir];
  while (stack.length) {
    const d = stack.pop()!;
    for (const n of readdirSync(d)) {
      const p = path.join(d, n);
      if (statSync(p).isDirectory()) stack.push(p);
      else out.push(p);
    }
  }
  return out.sort();
}

/** Our tree → the JS values `plist` produces (duplicates: the later value wins, as in `plist`). */
function toJs(node: PlistNode | null): unknown {
  if (!node) return undefined;
  switch (node.kind) {
    case 'dict': {
      const o: Record<string, unknown> = {};
      for (const e of node.entries) o[e.key.text] = toJs(e.value);
      return o;
    }
    case 'array':
      return node.items.map(toJs);
    case 'integer': {
      const v = integerValue(node);
      return v !== undefined && v >= BigInt(Number.MIN_SAFE_INTEGER) && v <= BigInt(Number.MAX_SAFE_INTEGER)
        ? Number(v)
        : node.text.trim();
    }
    case 'real':
      return parseFloat(node.text);
    case 'boolean':
      return node.text === 'true';
    case 'date':
      return dateValue(node)?.toISOString();
    case 'data':
      return Buffer.from(dataBytes(node) ?? []).toString('base64');
    default:
      return node.text;
  }
}

/** `plist` output normalised the same way (dates as ISO strings, buffers as base64). */
function normalise(v: unknown): unknown {
  if (v instanceof Date) return v.toISOString();
  if (v instanceof Uint8Array) return Buffer.from(v).toString('base64');
  if (Array.isArray(v)) return v.map(normalise);
  if (v && typeof v === 'object') return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, normalise(x)]));
  return v;
}

test('values from our tree equal plist.parse on every XML corpus file it accepts', async (t) => {
  const dir = sharedDir(t, 'corpus/files');
  if (!dir) return;
  // `plist` is ESM-only; the tests run as CommonJS.
  const plist = await import('plist');
  let compared = 0;
  for (const file of files(dir)) {
    const bytes = readFileSync(file);
    if (bytes[0] === 0x30 || bytes.subarray(0, 6).toString() === 'bplist') continue;
    let expected: unknown;
    try {
      expected = normalise(plist.parse(bytes.toString('utf8').replace(/^\uFEFF/, '')));
    } catch {
      continue; // plist refuses it (e.g. the empty <integer> in DNShield-Combined): nothing to compare.
    }
    const doc = parsePlistBytes(new Uint8Array(bytes), file);
    assert.deepEqual(toJs(doc.root), expected, path.relative(dir, file));
    compared++;
  }
  assert.ok(compared > 100, `only ${compared} files compared`);
});
