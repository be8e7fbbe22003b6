/**
 * N27 — a key that already occurred earlier in the same dict. Semantic rules read the first occurrence;
 * Apple's parser keeps only one of the values (which one is not specified, so nelint does not claim it).
 */
import type { PlistDocument } from '../../model/document';
import type { DictEntry, DictNode, PlistNode } from '../../model/plist';
import { documentDicts } from '../../model/query';
import { removeEntry } from '../fixHelpers';
import type { Fix, Rule, RuleContext } from '../types';
import { canFix } from './support';

function valueSource(doc: PlistDocument, v: PlistNode | null): string {
  return v ? doc.text.slice(v.start, v.end).replace(/\s+/g, ' ') : '';
}

/** Textually identical values (whitespace between elements ignored). Scalars compare without slicing. */
function sameValue(doc: PlistDocument, a: PlistNode | null, b: PlistNode | null): boolean {
  if (!a || !b) return a === b;
  if (a.kind !== b.kind) return false;
  if (a.kind !== 'dict' && a.kind !== 'array') return a.text === (b as typeof a).text;
  return valueSource(doc, a) === valueSource(doc, b);
}

function fixes(doc: PlistDocument, entry: DictEntry, first: DictEntry): Fix[] {
  if (sameValue(doc, entry.value, first.value)) {
    return [{ title: 'Remove this duplicate entry', preferred: true, edits: [removeEntry(doc, entry)] }];
  }
  return [
    { title: 'Remove this entry (keep the first)', edits: [removeEntry(doc, entry)] },
    { title: 'Remove the first entry (keep this one)', edits: [removeEntry(doc, first)] },
  ];
}

function checkDict(ctx: RuleContext, dict: DictNode, fixable: boolean): void {
  for (const entry of dict.entries) {
    if (!entry.duplicate) continue;
    const first = dict.map.get(entry.key.text)!;
    const line = ctx.doc.lineIndex.positionAt(first.key.start).line + 1;
    ctx.report({
      start: entry.key.start,
      end: entry.key.end,
      message: `Duplicate key "${entry.key.text}" in this dictionary (first defined on line ${line}).`,
      related: [{ start: first.key.start, end: first.key.end, message: `first "${entry.key.text}"` }],
      fixes: fixable ? fixes(ctx.doc, entry, first) : [],
    });
  }
}

export const rule: Rule = {
  meta: {
    id: 'N27',
    code: 'plist/duplicate-key',
    family: 'plist',
    severity: 'error',
    kinds: 'all',
    scope: 'payload',
    fixable: true,
    description: 'A key occurs twice in the same dictionary.',
    guidance: [],
    runsOnMalformed: true,
  },
  check(ctx: RuleContext) {
    const fixable = canFix(ctx);
    for (const dict of documentDicts(ctx.doc)) {
      // The map holds the first occurrence of each key: fewer map entries than entries means a duplicate.
      if (dict.map.size !== dict.entries.length) checkDict(ctx, dict, fixable);
    }
  },
};
