/** XML name scanning shared by the scanner parts (sticky regex + `test`: no match-array allocation). */
const NAME = /[A-Za-z_:\u00C0-\uFFFF][A-Za-z0-9_:.\-\u00B7\u00C0-\uFFFF]*/y;

/** XML's white space (production S): space, tab, LF, CR. Takes a char code (NaN past the end: false). */
export function isXmlSpace(c: number): boolean {
  return c === 32 || c === 10 || c === 9 || c === 13;
}

/** ASCII characters allowed after the first one of a name: `A-Za-z0-9_:.-`. */
function isAsciiNameChar(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 58) || c === 95 || c === 45 || c === 46;
}

/** End of the XML name starting at `p`, or `p` when no name starts there. */
export function nameEnd(text: string, p: number): number {
  // Fast path for ASCII names (every plist element name) without the regex; anything else → the regex.
  const first = text.charCodeAt(p);
  if ((first >= 97 && first <= 122) || (first >= 65 && first <= 90) || first === 95 || first === 58) {
    let q = p + 1;
    let c = text.charCodeAt(q);
    while (isAsciiNameChar(c)) c = text.charCodeAt(++q);
    // NaN (end of text) or an ASCII non-name character ends the name; U+0080 and above need the regex.
    if (!(c >= 0x80)) return q;
  } else if (!(first >= 0x80)) return p;
  NAME.lastIndex = p;
  return NAME.test(text) ? NAME.lastIndex : p;
}

/**
 * `text.slice(start, end)` for a name, returning a shared string for the plist vocabulary (plist, dict,
 * array, key, string, integer, real, true, false, date, data) instead of allocating one per tag.
 */
export function nameAt(text: string, start: number, end: number): string {
  const len = end - start;
  // One candidate per (first character, length): no map lookup and no allocation for the common names.
  let c: string | undefined;
  switch (text.charCodeAt(start)) {
    case 100: // d
      c =
        len === 4
          ? text.charCodeAt(start + 1) === 105
            ? 'dict'
            : text.charCodeAt(start + 3) === 101
              ? 'date'
              : 'data'
          : undefined;
      break;
    case 107: // k
      c = len === 3 ? 'key' : undefined;
      break;
    case 115: // s
      c = len === 6 ? 'string' : undefined;
      break;
    case 105: // i
      c = len === 7 ? 'integer' : undefined;
      break;
    case 97: // a
      c = len === 5 ? 'array' : undefined;
      break;
    case 112: // p
      c = len === 5 ? 'plist' : undefined;
      break;
    case 116: // t
      c = len === 4 ? 'true' : undefined;
      break;
    case 102: // f
      c = len === 5 ? 'false' : undefined;
      break;
    case 114: // r
      c = len === 4 ? 'real' : undefined;
      break;
  }
  return c !== undefined && text.startsWith(c, start) ? c : text.slice(start, end);
}
