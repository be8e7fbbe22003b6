/**
 * The plist/ rules on the real corpus: they fire on the files the catalog names and on no other corpus
 * file at warning or error.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { loadDocumentFromBytes } from '../../../../server/src/core/engine/loadDocument';
import { validateDocument } from '../../../../server/src/core/engine/validate';
import { sharedDir } from '../../../helpers/shared';

const EXPECTED: Record<string, string[]> = {
  'gemini-oss__dnshield/resources__profiles__DNShield-Combined.mobileconfig': ['plist/invalid-value-format'],
  'zeek__zeek-agent-v2/src__platform__darwin__ZeekAgent.app__Info.plist.agent.in': ['plist/duplicate-key'],
  'firezone__firezone/policy-templates__macos__examples__all-keys.mobileconfig': ['plist/double-hyphen-in-comment'],
  'northpolesec__santa/docs__deployment__system-extension-policy.santa.example.mobileconfig': [
    'plist/content-before-xml-declaration',
  ],
};

const OURS = new Set([
  'plist/invalid-value-format',
  'plist/duplicate-key',
  'plist/xml-not-well-formed',
  'plist/double-hyphen-in-comment',
  'plist/content-before-xml-declaration',
  'plist/invalid-structure',
]);

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

test('plist/ rules fire exactly on the corpus files the catalog names', (t) => {
  const dir = sharedDir(t, 'corpus/files');
  if (!dir) return;
  const seen: Record<string, string[]> = {};
  for (const file of files(dir)) {
    const rel = path.relative(dir, file).split(path.sep).join('/');
    const diags = validateDocument(loadDocumentFromBytes(rel, new Uint8Array(readFileSync(file))), {});
    const ours = diags.filter((d) => OURS.has(d.code) && (d.severity === 'error' || d.severity === 'warning'));
    if (ours.length) seen[rel] = [...new Set(ours.map((d) => d.code))].sort();
  }
  assert.deepEqual(seen, EXPECTED);
});
