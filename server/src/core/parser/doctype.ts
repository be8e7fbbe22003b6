/**
 * DOCTYPE parsing. The internal subset is recorded (and its entity names collected) but never expanded;
 * external identifiers are never fetched. A malformed DOCTYPE (e.g. an unquoted system literal, as in a
 * forum post's `… "-//Apple Inc//DTD PLIST 1.0//EN" http://www.apple.com/DTDs/PropertyList-1.0.dtd>`) is
 * marked `malformed` and the scanner resumes after the next `>`.
 */
import type { XmlDoctype } from '../model/xml';

import { nameEnd } from './names';

function skipWs(text: string, p: number): number {
  while (p < text.length && (text[p] === ' ' || text[p] === '\t' || text[p] === '\n' || text[p] === '\r')) p++;
  return p;
}

/** A quoted literal at `p`: its value and end, or undefined when `p` is not a quote or it never closes. */
function quoted(text: string, p: number): { value: string; end: number } | undefined {
  const q = text[p];
  if (q !== '"' && q !== "'") return undefined;
  const close = text.indexOf(q, p + 1);
  if (close < 0) return undefined;
  return { value: text.slice(p + 1, close), end: close + 1 };
}

/** End of an internal subset starting at `p` (just after `[`): the index of its `]`, or -1. */
function subsetEnd(text: string, p: number): number {
  let i = p;
  while (i < text.length) {
    const c = text[i];
    if (c === ']') return i;
    if (c === '"' || c === "'") {
      const close = text.indexOf(c, i + 1);
      if (close < 0) return -1;
      i = close + 1;
    } else if (text.startsWith('<!--', i)) {
      const close = text.indexOf('-->', i + 4);
      if (close < 0) return -1;
      i = close + 3;
    } else i++;
  }
  return -1;
}

function entityNames(subset: string): string[] {
  const names: string[] = [];
  const re = /<!ENTITY\s+(%\s+)?([^\s"'>]+)/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(subset))) if (!m[1]) names.push(m[2]);
  return names;
}

/** Parses `<!DOCTYPE` at `start`. Never throws; `malformed` reports syntax errors. */
export function parseDoctype(text: string, start: number): XmlDoctype {
  const doctype: XmlDoctype = { start, end: text.length, name: '', declaredEntities: [], malformed: false };
  const fail = (from: number): XmlDoctype => {
    doctype.malformed = true;
    const gt = text.indexOf('>', from);
    doctype.end = gt < 0 ? text.length : gt + 1;
    return doctype;
  };
  let p = start + 9;
  const afterKeyword = skipWs(text, p);
  if (afterKeyword === p) return fail(p);
  p = afterKeyword;
  const end = nameEnd(text, p);
  if (end === p) return fail(p);
  doctype.name = text.slice(p, end);
  p = skipWs(text, end);
  if (text.startsWith('PUBLIC', p)) {
    const pub = quoted(text, skipWs(text, p + 6));
    if (!pub) return fail(p);
    doctype.publicId = pub.value;
    const sys = quoted(text, skipWs(text, pub.end));
    if (!sys) return fail(pub.end);
    doctype.systemId = sys.value;
    p = skipWs(text, sys.end);
  } else if (text.startsWith('SYSTEM', p)) {
    const sys = quoted(text, skipWs(text, p + 6));
    if (!sys) return fail(p);
    doctype.systemId = sys.value;
    p = skipWs(text, sys.end);
  }
  if (text[p] === '[') {
    const close = subsetEnd(text, p + 1);
    if (close < 0) return fail(p);
    doctype.internalSubset = { start: p + 1, end: close };
    doctype.declaredEntities = entityNames(text.slice(p + 1, close));
    p = skipWs(text, close + 1);
  }
  if (text[p] !== '>') return fail(p);
  doctype.end = p + 1;
  return doctype;
}
