/**
 * Shared helpers for quick fixes (catalog §1.13): edits keep the file's line endings, indentation unit,
 * neighbours' indentation and element style, and change only what they name. Every rule builds its
 * `TextEdit`s through these so fixes look alike across families. Keep this API stable.
 */
import type { PlistDocument } from '../model/document';
import type { DictEntry, DictNode, KeyNode, PlistNode, ScalarNode } from '../model/plist';
import type { TextEdit } from './types';

/** The file's line ending: the first one found, `\n` when the file has none. */
export function detectEol(text: string): '\n' | '\r\n' {
  const i = text.indexOf('\n');
  return i > 0 && text.charCodeAt(i - 1) === 13 ? '\r\n' : '\n';
}

/** One-entry cache: every fix of one validation asks for the same text's unit. */
let lastIndent: { text: string; unit: string } | undefined;

/** Indentation unit from the first indented line: a tab or N spaces; one tab when nothing is indented. */
export function detectIndentUnit(text: string): string {
  if (lastIndent && lastIndent.text === text) return lastIndent.unit;
  const m = /(?:^|\n)([ \t]+)\S/g.exec(text);
  let unit = '\t';
  if (m && m[1][0] !== '\t') {
    let n = 0;
    while (n < m[1].length && m[1][n] === ' ') n++;
    unit = ' '.repeat(n);
  }
  lastIndent = { text, unit };
  return unit;
}

/** Start offset of the line that contains `offset`. */
export function lineStartAt(text: string, offset: number): number {
  let i = Math.min(offset, text.length);
  while (i > 0) {
    const c = text.charCodeAt(i - 1);
    if (c === 10 || c === 13) break;
    i--;
  }
  return i;
}

/** Leading whitespace of the line that contains `offset`. */
export function lineIndentAt(text: string, offset: number): string {
  const start = lineStartAt(text, offset);
  let i = start;
  while (i < text.length && (text[i] === ' ' || text[i] === '\t')) i++;
  return text.slice(start, i);
}

/** True when only spaces/tabs precede `offset` on its line. */
function startsLine(text: string, offset: number): boolean {
  for (let i = offset - 1; i >= 0; i--) {
    const c = text[i];
    if (c === '\n' || c === '\r') return true;
    if (c !== ' ' && c !== '\t') return false;
  }
  return true;
}

/** Escapes text for element content (`&`, `<`, `>`). */
export function escapeXml(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

export function stringXml(s: string): string {
  return `<string>${escapeXml(s)}</string>`;
}

/**
 * Replaces the text content of a scalar or key (the new text is XML-escaped). A self-closing element
 * (`<string/>`) is rewritten as `<string>…</string>`.
 */
export function replaceContent(node: ScalarNode | KeyNode, newText: string): TextEdit {
  const el = node.element;
  if (el.selfClosing) {
    return { start: node.start, end: node.end, newText: `<${el.name}>${escapeXml(newText)}</${el.name}>` };
  }
  return { start: node.contentStart, end: node.contentEnd, newText: escapeXml(newText) };
}

/** Replaces a whole value element (`newXml` is inserted verbatim). */
export function replaceElement(node: PlistNode, newXml: string): TextEdit {
  return { start: node.start, end: node.end, newText: newXml };
}

/**
 * Re-indents a multi-line XML snippet: callers write `valueXml` with `\n` and tabs relative to the value's
 * own column; every line after the first gets `indent` plus the file's unit for each leading tab.
 */
export function reindent(xml: string, indent: string, unit: string, eol: string): string {
  const lines = xml.split(/\r?\n/);
  return lines
    .map((line, i) => {
      if (i === 0) return line;
      const m = /^\t*/.exec(line)!;
      return indent + unit.repeat(m[0].length) + line.slice(m[0].length);
    })
    .join(eol);
}

/**
 * True when the new entry belongs on the same line: a one-line dict with entries, or any dict of a
 * minified file. An empty `<dict/>` in a multi-line file is expanded over several lines.
 */
function isInline(doc: PlistDocument, dict: DictNode): boolean {
  if (/[\r\n]/.test(doc.text.slice(dict.start, dict.end))) return false;
  return dict.entries.length > 0 || !textInfoOf(doc).lineBreaks;
}

/**
 * Per-document facts for insertEntry. Keyed by the document, not by its text: comparing a cached 10 MB text with
 * an equal-length new one (a re-validated document, an in-process benchmark) is a full scan per fix.
 */
const textInfo = new WeakMap<PlistDocument, { unit: string; lineBreaks: boolean }>();
function textInfoOf(doc: PlistDocument): { unit: string; lineBreaks: boolean } {
  let info = textInfo.get(doc);
  if (!info) {
    info = { unit: detectIndentUnit(doc.text), lineBreaks: /[\r\n]/.test(doc.text) };
    textInfo.set(doc, info);
  }
  return info;
}

/**
 * Inserts `<key>key</key>` + `valueXml` as the dict's last entry (catalog §1.13), indented like the
 * siblings (or the dict's indentation + one unit when empty), with the file's line ending.
 */
export function insertEntry(doc: PlistDocument, dict: DictNode, key: string, valueXml: string): TextEdit {
  const text = doc.text;
  const eol = doc.encoding?.eol ?? detectEol(text);
  const unit = textInfoOf(doc).unit;
  const keyXml = `<key>${escapeXml(key)}</key>`;
  const last = dict.entries[dict.entries.length - 1];
  const el = dict.element;
  if (isInline(doc, dict)) {
    const at = last ? (last.value?.end ?? last.key.end) : el.selfClosing ? -1 : el.open.end;
    if (at < 0) return { start: dict.start, end: dict.end, newText: `<dict>${keyXml}${valueXml}</dict>` };
    return { start: at, end: at, newText: keyXml + valueXml.replace(/\r?\n\s*/g, '') };
  }
  if (last) {
    const indent = startsLine(text, last.key.start)
      ? lineIndentAt(text, last.key.start)
      : lineIndentAt(text, dict.start) + unit;
    const at = last.value?.end ?? last.key.end;
    const value = reindent(valueXml, indent, unit, eol);
    return { start: at, end: at, newText: `${eol}${indent}${keyXml}${eol}${indent}${value}` };
  }
  const parentIndent = lineIndentAt(text, dict.start);
  const indent = parentIndent + unit;
  const body = `${eol}${indent}${keyXml}${eol}${indent}${reindent(valueXml, indent, unit, eol)}`;
  if (el.selfClosing) {
    return { start: dict.start, end: dict.end, newText: `<dict>${body}${eol}${parentIndent}</dict>` };
  }
  const contentEnd = el.close ? el.close.start : dict.end;
  if (/^\s*$/.test(text.slice(el.open.end, contentEnd))) {
    return { start: el.open.end, end: contentEnd, newText: `${body}${eol}${parentIndent}` };
  }
  return { start: el.open.end, end: el.open.end, newText: body };
}

/** End of the line containing `offset`, including its line break. */
function lineEndAfter(text: string, offset: number): number {
  let i = offset;
  while (i < text.length && text[i] !== '\n' && text[i] !== '\r') i++;
  if (text[i] === '\r' && text[i + 1] === '\n') return i + 2;
  return i < text.length ? i + 1 : i;
}

/** Removes a dict entry (key + value), and its lines when nothing else is on them. */
export function removeEntry(doc: PlistDocument, entry: DictEntry): TextEdit {
  const text = doc.text;
  const start = entry.key.start;
  const end = entry.value?.end ?? entry.key.end;
  const lineStart = lineStartAt(text, start);
  const afterEnd = lineEndAfter(text, end);
  const rest = text.slice(end, afterEnd);
  if (startsLine(text, start) && /^[ \t]*(\r\n|\n|\r)?$/.test(rest)) {
    return { start: lineStart, end: afterEnd, newText: '' };
  }
  return { start, end, newText: '' };
}

/** Removes a single element (e.g. an array item), with its line when nothing else is on it. */
export function removeNode(doc: PlistDocument, node: { start: number; end: number }): TextEdit {
  const text = doc.text;
  const afterEnd = lineEndAfter(text, node.end);
  if (startsLine(text, node.start) && /^[ \t]*(\r\n|\n|\r)?$/.test(text.slice(node.end, afterEnd))) {
    return { start: lineStartAt(text, node.start), end: afterEnd, newText: '' };
  }
  return { start: node.start, end: node.end, newText: '' };
}

/** Per-document cache: a profile with thousands of findings must not rescan its text for every fix. */
const spacedBooleans = new WeakMap<PlistDocument, boolean>();

/** `<true/>` / `<false/>` in the file's existing style (`<true />` when the file uses a space). */
export function booleanXml(doc: PlistDocument, value: boolean): string {
  let spaced = spacedBooleans.get(doc);
  if (spaced === undefined) {
    spaced = /<(?:true|false)\s+\/>/.test(doc.text);
    spacedBooleans.set(doc, spaced);
  }
  const name = value ? 'true' : 'false';
  return spaced ? `<${name} />` : `<${name}/>`;
}
