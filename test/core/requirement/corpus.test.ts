/** Catalog §1.16: every requirement string of the corpus parses with the N35 grammar (37 of them). */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { sharedDir } from '../../helpers/shared';
import { parseRequirement } from '../../../server/src/core/requirement';

function filesUnder(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir)) {
    const p = path.join(dir, name);
    if (statSync(p).isDirectory()) out.push(...filesUnder(p));
    else out.push(p);
  }
  return out;
}

const PAIR = /<key>\s*[A-Za-z]*(?:DesignatedRequirement|CodeRequirement)\s*<\/key>\s*<string>([\s\S]*?)<\/string>/g;

/** XML entity decoding for the test's own independent extraction (our parser is not under test here). */
function decodeXml(s: string): string {
  return s.replace(/&(#x[0-9a-fA-F]+|#[0-9]+|quot|amp|lt|gt|apos);/g, (_, e: string) => {
    if (e.startsWith('#x')) return String.fromCodePoint(parseInt(e.slice(2), 16));
    if (e.startsWith('#')) return String.fromCodePoint(parseInt(e.slice(1), 10));
    return { quot: '"', amp: '&', lt: '<', gt: '>', apos: "'" }[e]!;
  });
}

test('all 37 corpus requirement strings parse', (t) => {
  const dir = sharedDir(t, 'corpus/files');
  if (!dir) return;
  const found: string[] = [];
  for (const file of filesUnder(dir)) {
    const text = readFileSync(file, 'utf8');
    if (!/(DesignatedRequirement|CodeRequirement)/.test(text)) continue;
    for (const m of text.matchAll(PAIR)) found.push(decodeXml(m[1]));
  }
  assert.equal(found.length, 37);
  for (const s of found) {
    const r = parseRequirement(s);
    assert.ok(r.ok, `${s}\n${r.ok ? '' : r.error.detail}`);
  }
});
