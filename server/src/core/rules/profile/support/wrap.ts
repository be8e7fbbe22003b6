/**
 * "Wrap this payload in a Configuration profile" (N61, N63): the root dict becomes the single element of a new
 * `PayloadContent` array inside a new envelope. The payload's text is kept byte for byte except for two extra
 * indentation units per line (never inside multi-line strings/data, whose content must not change).
 */
import type { PlistDocument } from '../../../model/document';
import type { DictNode } from '../../../model/plist';
import { walk } from '../../../model/query';
import { detectEol, detectIndentUnit, escapeXml, insertEntry, lineIndentAt } from '../../fixHelpers';
import type { Fix } from '../../types';

export interface WrapOptions {
  /** Entries appended to the payload dict first (key + value XML). */
  addToPayload?: { key: string; valueXml: string }[];
  /** Envelope `PayloadIdentifier`; undefined → snippet placeholder. */
  identifier?: string;
  /** Envelope `PayloadDisplayName`; undefined → snippet placeholder. */
  displayName?: string;
  uuid: string;
  title: string;
  preferred: boolean;
}

/** Escapes literal text for LSP snippet syntax. */
export function snippetEscape(s: string): string {
  return s.replace(/[\\$}]/g, (c) => `\\${c}`);
}

/** Offsets inside the dict that start a line within multi-line string/data content. */
function protectedSpans(root: DictNode): { start: number; end: number }[] {
  const spans: { start: number; end: number }[] = [];
  walk(root, (n) => {
    if ((n.kind === 'string' || n.kind === 'data') && /[\r\n]/.test(n.text)) {
      spans.push({ start: n.contentStart, end: n.contentEnd });
    }
  });
  return spans;
}

/** Adds `extra` after every line break of `text` (offsets relative to `base`) unless inside a protected span. */
function indentLines(text: string, base: number, extra: string, spans: { start: number; end: number }[]): string {
  if (!extra) return text;
  return text.replace(/\r\n|\n|\r/g, (eol, at: number) => {
    const abs = base + at + eol.length;
    return spans.some((s) => abs > s.start && abs <= s.end) ? eol : eol + extra;
  });
}

export function wrapInProfileFix(doc: PlistDocument, root: DictNode, opts: WrapOptions): Fix {
  const text = doc.text;
  const inline = !/[\r\n]/.test(text.slice(root.start, root.end));
  const eol = inline ? '' : (doc.encoding?.eol ?? detectEol(text));
  const unit = inline ? '' : detectIndentUnit(text);
  const rootIndent = inline ? '' : lineIndentAt(text, root.start);
  const snippet = opts.identifier === undefined || opts.displayName === undefined;
  const lit = (s: string) => (snippet ? snippetEscape(s) : s);

  // The payload text with its additions (all inserted after the last entry, in order).
  let payload = text.slice(root.start, root.end);
  const adds = opts.addToPayload ?? [];
  if (adds.length) {
    const edits = adds.map((a) => insertEntry(doc, root, a.key, a.valueXml));
    const at = edits[0].start - root.start;
    payload = payload.slice(0, at) + edits.map((e) => e.newText).join('') + payload.slice(at);
  }
  payload = indentLines(lit(payload), root.start, unit + unit, snippet ? [] : protectedSpans(root));

  const i1 = rootIndent + unit;
  const entry = (key: string, valueXml: string) => `${eol}${i1}<key>${key}</key>${eol}${i1}${valueXml}`;
  const displayName = opts.displayName === undefined ? '${2:Profile name}' : lit(escapeXml(opts.displayName));
  const identifier = opts.identifier === undefined ? '${1:com.example.profile}' : lit(escapeXml(opts.identifier));
  const newText =
    `<dict>` +
    `${eol}${i1}<key>PayloadContent</key>${eol}${i1}<array>${eol}${i1}${unit}${payload}${eol}${i1}</array>` +
    entry('PayloadDisplayName', `<string>${displayName}</string>`) +
    entry('PayloadIdentifier', `<string>${identifier}</string>`) +
    entry('PayloadType', '<string>Configuration</string>') +
    entry('PayloadUUID', `<string>${opts.uuid}</string>`) +
    entry('PayloadVersion', '<integer>1</integer>') +
    `${eol}${rootIndent}</dict>`;
  return {
    title: opts.title,
    preferred: opts.preferred,
    ...(snippet ? { snippet: true } : {}),
    edits: [{ start: root.start, end: root.end, newText }],
  };
}
