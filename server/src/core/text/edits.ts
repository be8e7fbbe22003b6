/**
 * Applying offset-based text edits (quick fixes, `--fix`). Edits are applied back to front so earlier
 * offsets stay valid; overlapping edits are rejected because their result would depend on order.
 */
import type { TextEdit } from '../rules/types';

export class OverlappingEditsError extends Error {
  constructor(a: TextEdit, b: TextEdit) {
    super(`overlapping edits [${a.start}, ${a.end}) and [${b.start}, ${b.end})`);
  }
}

/** Sorts edits by position (stable for equal starts: insertions keep their given order). */
export function sortEdits(edits: readonly TextEdit[]): TextEdit[] {
  return edits
    .map((e, i) => ({ e, i }))
    .sort((x, y) => x.e.start - y.e.start || x.e.end - y.e.end || x.i - y.i)
    .map((x) => x.e);
}

/** True when two edits touch the same characters (two insertions at one point do not overlap). */
function overlaps(a: TextEdit, b: TextEdit): boolean {
  return b.start < a.end || (a.start === b.start && a.end > a.start && b.end > b.start);
}

export function applyEdits(text: string, edits: readonly TextEdit[]): string {
  const sorted = sortEdits(edits);
  for (let i = 1; i < sorted.length; i++) {
    if (overlaps(sorted[i - 1], sorted[i])) throw new OverlappingEditsError(sorted[i - 1], sorted[i]);
  }
  let out = '';
  let last = 0;
  for (const e of sorted) {
    if (e.start < 0 || e.end > text.length || e.start > e.end) {
      throw new RangeError(`edit [${e.start}, ${e.end}) outside the text (length ${text.length})`);
    }
    out += text.slice(last, e.start) + e.newText;
    last = e.end;
  }
  return out + text.slice(last);
}
