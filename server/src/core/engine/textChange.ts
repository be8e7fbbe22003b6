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

/**
 * Compared a chunk at a time (string slices are cheap views, equality is a memory compare): chunks double while
 * they match and halve when they do not, so a 1 MB text is diffed with a few dozen comparisons.
 */
const MIN_CHUNK = 64;

function commonPrefix(a: string, b: string, max: number): number {
  let p = 0;
  let chunk = MIN_CHUNK;
  while (chunk >= MIN_CHUNK) {
    if (p + chunk <= max && a.slice(p, p + chunk) === b.slice(p, p + chunk)) {
      p += chunk;
      chunk *= 2;
    } else chunk >>= 1;
  }
  while (p < max && a.charCodeAt(p) === b.charCodeAt(p)) p++;
  return p;
}

function commonSuffix(a: string, b: string, max: number): number {
  let s = 0;
  let chunk = MIN_CHUNK;
  const al = a.length;
  const bl = b.length;
  while (chunk >= MIN_CHUNK) {
    if (s + chunk <= max && a.slice(al - s - chunk, al - s) === b.slice(bl - s - chunk, bl - s)) {
      s += chunk;
      chunk *= 2;
    } else chunk >>= 1;
  }
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
