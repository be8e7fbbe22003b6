/**
 * The one contiguous change between two versions of a text (common prefix and suffix), and moving offsets of
 * the old text into the new one. The language server learns edits as whole new texts; diffing them here keeps
 * the engine independent of how the editor batched its change events.
 */

/** Old `[start, oldEnd)` became new `[start, newEnd)`. */
export interface TextChange {
  start: number;
  oldEnd: number;
  newEnd: number;
}

/** Compared a chunk at a time (string slices are cheap views); a 1 MB text is diffed in well under a millisecond. */
const CHUNK = 256;

function commonPrefix(a: string, b: string, max: number): number {
  let p = 0;
  while (p + CHUNK <= max && a.slice(p, p + CHUNK) === b.slice(p, p + CHUNK)) p += CHUNK;
  while (p < max && a.charCodeAt(p) === b.charCodeAt(p)) p++;
  return p;
}

function commonSuffix(a: string, b: string, max: number): number {
  let s = 0;
  const al = a.length;
  const bl = b.length;
  while (s + CHUNK <= max && a.slice(al - s - CHUNK, al - s) === b.slice(bl - s - CHUNK, bl - s)) s += CHUNK;
  while (s < max && a.charCodeAt(al - s - 1) === b.charCodeAt(bl - s - 1)) s++;
  return s;
}

/** The change turning `before` into `after`, or undefined when they are equal. */
export function textChange(before: string, after: string): TextChange | undefined {
  if (before === after) return undefined;
  const start = commonPrefix(before, after, Math.min(before.length, after.length));
  // The suffix may not overlap the prefix in either text.
  const suffix = commonSuffix(before, after, Math.min(before.length, after.length) - start);
  return { start, oldEnd: before.length - suffix, newEnd: after.length - suffix };
}

/** Where an offset of the old text is in the new one (offsets inside the changed range are not mapped). */
export function shiftOffset(change: TextChange, offset: number): number {
  return offset >= change.oldEnd ? offset + (change.newEnd - change.oldEnd) : offset;
}
