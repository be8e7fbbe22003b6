/**
 * XML references: the five predefined entities and numeric character references. Nothing else is ever
 * expanded — not internal entities declared in a DOCTYPE (billion-laughs safe), never external ones.
 * An unknown `&name;` stays in the decoded text as written (and the parser reports it).
 */

export const PREDEFINED_ENTITIES: Readonly<Record<string, string>> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
};

/** `&name;` / `&#n;` / `&#xh;` at `i` (which holds `&`): the reference's end, or -1 when it is not one. */
const REFERENCE = /&(?:#[0-9]+|#x[0-9A-Fa-f]+|[A-Za-z_:][A-Za-z0-9_:.-]*);/y;

export function referenceEnd(text: string, i: number, limit: number): number {
  const m = REFERENCE;
  m.lastIndex = i;
  const r = m.exec(text);
  if (!r || i + r[0].length > limit) return -1;
  return i + r[0].length;
}

/** True for code points XML 1.0 allows as characters. */
export function isXmlChar(cp: number): boolean {
  return (
    cp === 0x9 ||
    cp === 0xa ||
    cp === 0xd ||
    (cp >= 0x20 && cp <= 0xd7ff) ||
    (cp >= 0xe000 && cp <= 0xfffd) ||
    (cp >= 0x10000 && cp <= 0x10ffff)
  );
}

/**
 * Decoded value of the reference `ref` (including `&` and `;`), or undefined when it is not expanded:
 * an unknown entity name or a character reference to a non-XML character.
 */
export function decodeReference(ref: string): string | undefined {
  if (ref[1] === '#') {
    const cp = ref[2] === 'x' ? parseInt(ref.slice(3, -1), 16) : parseInt(ref.slice(2, -1), 10);
    return Number.isFinite(cp) && isXmlChar(cp) ? String.fromCodePoint(cp) : undefined;
  }
  return PREDEFINED_ENTITIES[ref.slice(1, -1)];
}

/** Decodes references in `text[start, end)` (attribute values, text runs). Unknown ones stay verbatim. */
export function decodeReferences(text: string, start: number, end: number): string {
  let out = '';
  let last = start;
  let i = text.indexOf('&', start);
  while (i >= 0 && i < end) {
    const refEnd = referenceEnd(text, i, end);
    if (refEnd > 0) {
      const v = decodeReference(text.slice(i, refEnd));
      if (v !== undefined) {
        out += text.slice(last, i) + v;
        last = refEnd;
      }
      i = text.indexOf('&', refEnd);
    } else {
      i = text.indexOf('&', i + 1);
    }
  }
  return out + text.slice(last, end);
}

/** XML 1.0 end-of-line handling: `\r\n` and a lone `\r` read as `\n` in values. */
export function normalizeNewlines(s: string): string {
  return s.includes('\r') ? s.replace(/\r\n?/g, '\n') : s;
}

/**
 * Maps an index into an element's decoded text back to a source offset. The content `[contentStart,
 * contentEnd)` may mix text, references, CDATA sections, comments and processing instructions (comments
 * and PIs contribute nothing to the value; `\r\n` is one character of it). `index === value length` maps
 * to the end of the content.
 */
export function sourceOffsetOfTextIndex(text: string, contentStart: number, contentEnd: number, index: number): number {
  let decoded = 0;
  let i = contentStart;
  let cdataEnd = -1; // while inside a CDATA section: the offset of its `]]>`
  while (i < contentEnd) {
    if (cdataEnd >= 0 && i >= cdataEnd) {
      i = Math.min(cdataEnd + 3, contentEnd);
      cdataEnd = -1;
      continue;
    }
    if (cdataEnd < 0 && text[i] === '<') {
      const skipped = skipMarkup(text, i, contentEnd);
      if (skipped.cdataEnd !== undefined) cdataEnd = skipped.cdataEnd;
      if (skipped.next !== i) {
        i = skipped.next;
        continue;
      }
    }
    if (decoded >= index) return i;
    if (cdataEnd < 0 && text[i] === '&') {
      const refEnd = referenceEnd(text, i, contentEnd);
      const v = refEnd > 0 ? decodeReference(text.slice(i, refEnd)) : undefined;
      if (v !== undefined) {
        // Inside a surrogate pair produced by one reference: point at the reference itself.
        if (decoded + v.length > index) return i;
        decoded += v.length;
        i = refEnd;
        continue;
      }
    }
    decoded++;
    i += text[i] === '\r' && text[i + 1] === '\n' ? 2 : 1;
  }
  return contentEnd;
}

/** Steps over a comment or PI (nothing in the value) or into a CDATA section (its body is the value). */
function skipMarkup(text: string, i: number, limit: number): { next: number; cdataEnd?: number } {
  if (text.startsWith('<![CDATA[', i)) {
    const close = text.indexOf(']]>', i + 9);
    return { next: i + 9, cdataEnd: close < 0 || close > limit ? limit : close };
  }
  const skip = text.startsWith('<!--', i) ? '-->' : text.startsWith('<?', i) ? '?>' : undefined;
  if (!skip) return { next: i };
  const close = text.indexOf(skip, i + 2);
  return { next: close < 0 || close >= limit ? limit : close + skip.length };
}
