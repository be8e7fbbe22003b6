/** XML name scanning shared by the scanner parts (sticky regex + `test`: no match-array allocation). */
const NAME = /[A-Za-z_:\u00C0-\uFFFF][A-Za-z0-9_:.\-\u00B7\u00C0-\uFFFF]*/y;

/** End of the XML name starting at `p`, or `p` when no name starts there. */
export function nameEnd(text: string, p: number): number {
  NAME.lastIndex = p;
  return NAME.test(text) ? NAME.lastIndex : p;
}

/** The plist vocabulary, so the scanner reuses these strings instead of allocating one per tag. */
const COMMON: readonly string[] = [
  'plist',
  'dict',
  'array',
  'key',
  'string',
  'integer',
  'real',
  'true',
  'false',
  'date',
  'data',
];
const BY_LENGTH = new Map<number, string[]>();
for (const n of COMMON) BY_LENGTH.set(n.length, [...(BY_LENGTH.get(n.length) ?? []), n]);

/** `text.slice(start, end)` for a name, returning a shared string for the plist element names. */
export function nameAt(text: string, start: number, end: number): string {
  const candidates = BY_LENGTH.get(end - start);
  if (candidates) for (const c of candidates) if (text.startsWith(c, start)) return c;
  return text.slice(start, end);
}
