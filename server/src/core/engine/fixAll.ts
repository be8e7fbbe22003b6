/**
 * "Fix all": applies the preferred, non-snippet fixes of a document repeatedly until nothing changes (bounded),
 * as `nelint check --fix` and `source.fixAll.nelint` do. Overlapping fixes are deferred to the next pass,
 * which re-validates, so every applied edit was computed on the text it applies to.
 */
import type { PlistDocument } from '../model/document';
import type { TextEdit } from '../rules/types';
import { applyEdits } from '../text/edits';
import type { Diagnostic, LintOptions } from './types';
import { validateDocument } from './validate';
import { loadDocumentFromText } from './loadDocument';

const MAX_PASSES = 10;

export interface FixAllResult {
  text: string;
  /** Number of fixes applied over all passes. */
  applied: number;
  passes: number;
}

/** The edits of preferred fixes that do not overlap each other, in document order. */
export function preferredFixEdits(diagnostics: Diagnostic[], filter?: (d: Diagnostic) => boolean): TextEdit[][] {
  const chosen: TextEdit[][] = [];
  const taken: { start: number; end: number }[] = [];
  for (const d of diagnostics) {
    if (filter && !filter(d)) continue;
    const fix = d.fixes.find((f) => f.preferred && !f.snippet && f.edits.length > 0 && !f.otherFiles?.length);
    if (!fix) continue;
    const clash = fix.edits.some((e) =>
      taken.some((t) => (e.start < t.end && t.start < e.end) || (e.start === t.start && e.end === t.end)),
    );
    if (clash) continue;
    chosen.push(fix.edits);
    taken.push(...fix.edits);
  }
  return chosen;
}

export function fixAll(
  doc: PlistDocument,
  options: LintOptions = {},
  filter?: (d: Diagnostic) => boolean,
): FixAllResult {
  if (doc.container !== 'xml') return { text: doc.text, applied: 0, passes: 0 };
  let current = doc;
  let applied = 0;
  let passes = 0;
  while (passes < MAX_PASSES) {
    const edits = preferredFixEdits(validateDocument(current, options), filter);
    if (edits.length === 0) break;
    let next: string;
    try {
      next = applyEdits(current.text, edits.flat());
    } catch {
      break;
    }
    passes++;
    if (next === current.text) break;
    applied += edits.length;
    current = loadDocumentFromText(current.path, next);
    current.encoding = doc.encoding;
  }
  return { text: current.text, applied, passes };
}

/**
 * The smallest single edit turning `before` into `after` (common prefix and suffix trimmed), so a multi-pass
 * fix-all touches only the span between the first and the last change.
 */
export function minimalEdit(before: string, after: string): TextEdit | undefined {
  if (before === after) return undefined;
  let start = 0;
  const max = Math.min(before.length, after.length);
  while (start < max && before.charCodeAt(start) === after.charCodeAt(start)) start++;
  let endB = before.length;
  let endA = after.length;
  while (endB > start && endA > start && before.charCodeAt(endB - 1) === after.charCodeAt(endA - 1)) {
    endB--;
    endA--;
  }
  return { start, end: endB, newText: after.slice(start, endA) };
}
