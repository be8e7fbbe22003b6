/**
 * Start-tag scanning: `<name attr="v" …>` / `<name …/>`. Problems (unquoted or missing attribute values,
 * a tag cut off by the next `<` or the end of the file) are reported and the tag is recovered.
 */
import type { XmlAttribute } from '../model/xml';
import { decodeReference, decodeReferences, referenceEnd } from './entities';
import { isXmlSpace, nameAt, nameEnd } from './names';

/** A quoted value that stops at `<` (not allowed in attribute values) so a missing quote stays local. */
const DQ = /"([^"<]*)"/y;
const SQ = /'([^'<]*)'/y;
const UNQUOTED = /[^\s>"'<]+/y;

export interface StartTag {
  name: string;
  attributes: XmlAttribute[];
  /** Offset just after the tag (after `>` / `/>`, or where recovery stopped). */
  end: number;
  selfClosing: boolean;
}

type Report = (start: number, end: number, message: string, data?: Record<string, unknown>) => void;

/** Scans the start tag at `lt` (which holds `<` followed by a name). */
export function parseStartTag(text: string, lt: number, report: Report): StartTag {
  const name = nameAt(text, lt + 1, nameEnd(text, lt + 1));
  const tag: StartTag = { name, attributes: [], end: text.length, selfClosing: false };
  let p = lt + 1 + name.length;
  for (;;) {
    while (isXmlSpace(text.charCodeAt(p))) p++;
    if (p >= text.length) {
      report(lt, p, `start tag <${name}> is not closed (missing '>')`, { kind: 'unclosed-start-tag' });
      tag.end = p;
      return tag;
    }
    const c = text[p];
    if (c === '>') {
      tag.end = p + 1;
      return tag;
    }
    if (c === '/' && text[p + 1] === '>') {
      tag.selfClosing = true;
      tag.end = p + 2;
      return tag;
    }
    if (c === '<') {
      report(lt, p, `start tag <${name}> is not closed (missing '>')`, { kind: 'unclosed-start-tag' });
      tag.end = p;
      return tag;
    }
    const attrEnd = nameEnd(text, p);
    if (attrEnd === p) {
      report(p, p + 1, `unexpected character '${c}' in start tag <${name}>`, { kind: 'bad-tag-char' });
      p++;
      continue;
    }
    p = scanAttribute(text, p, text.slice(p, attrEnd), tag, report);
  }
}

/** `&` that starts no reference, or an unknown entity, inside an attribute value. */
function checkAttributeReferences(value: string, base: number, report: Report): void {
  let i = value.indexOf('&');
  while (i >= 0) {
    const end = referenceEnd(value, i, value.length);
    if (end < 0) {
      report(base + i, base + i + 1, "unescaped '&' in an attribute value (write &amp;)", { kind: 'unescaped-amp' });
    } else if (decodeReference(value.slice(i, end)) === undefined) {
      report(base + i, base + end, `undefined entity ${value.slice(i, end)} in an attribute value`, {
        kind: 'undefined-entity',
      });
    }
    i = value.indexOf('&', end < 0 ? i + 1 : end);
  }
}

const seenNames = new WeakMap<StartTag, Set<string>>();

function isDuplicate(tag: StartTag, name: string): boolean {
  if (tag.attributes.length < 16) return tag.attributes.some((a) => a.name === name);
  let seen = seenNames.get(tag);
  if (!seen) {
    seen = new Set(tag.attributes.map((a) => a.name));
    seenNames.set(tag, seen);
  }
  const dup = seen.has(name);
  seen.add(name);
  return dup;
}

function scanAttribute(text: string, start: number, attrName: string, tag: StartTag, report: Report): number {
  const p = start + attrName.length;
  let q = p;
  while (isXmlSpace(text.charCodeAt(q))) q++;
  const attr: XmlAttribute = { name: attrName, start, end: p, value: undefined, quoted: false };
  // A short linear scan is fine for real tags; very long attribute lists switch to a set (no quadratic time).
  if (isDuplicate(tag, attrName)) {
    report(start, p, `duplicate attribute "${attrName}"`, { kind: 'duplicate-attribute' });
  }
  tag.attributes.push(attr);
  if (text[q] !== '=') {
    report(start, p, `attribute "${attrName}" has no value`, { kind: 'attribute-without-value' });
    return p;
  }
  q++;
  while (isXmlSpace(text.charCodeAt(q))) q++;
  const re = text[q] === '"' ? DQ : text[q] === "'" ? SQ : undefined;
  if (re) {
    re.lastIndex = q;
    const m = re.exec(text);
    if (m) {
      checkAttributeReferences(m[1], q + 1, report);
      attr.value = decodeReferences(m[1], 0, m[1].length);
      attr.quoted = true;
      attr.end = q + m[0].length;
      return attr.end;
    }
    report(q, q + 1, `attribute "${attrName}" value is not terminated`, { kind: 'unterminated-attribute' });
    let e = q + 1;
    while (e < text.length && text[e] !== '<' && text[e] !== '>') e++;
    attr.end = e;
    return e;
  }
  UNQUOTED.lastIndex = q;
  const m = UNQUOTED.exec(text);
  const e = m ? q + m[0].length : q;
  // At the end of the file there is no character to point at: never report or return past the text.
  report(q, Math.min(text.length, Math.max(e, q + 1)), `attribute "${attrName}" value must be quoted`, {
    kind: 'unquoted-attribute',
    valueStart: q,
    valueEnd: e,
  });
  attr.end = e;
  return Math.min(text.length, Math.max(e, q + (m ? 0 : 1)));
}
