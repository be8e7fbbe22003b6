/**
 * The "split into one VPN payload per element" fix of vpn/transparent-proxy-array (catalog N29): each element of
 * a `TransparentProxy` array becomes its own `com.apple.vpn.managed` payload (VPNType TransparentProxy) with a
 * fresh PayloadUUID; a file without an envelope is also wrapped into a `Configuration` profile. The enclosing
 * payload's other keys are copied into every new payload so nothing the user wrote is lost.
 */
import type { PlistDocument } from '../../../model/document';
import type { DictEntry, DictNode } from '../../../model/plist';
import { isDict } from '../../../model/plist';
import type { Fix } from '../../types';
import { detectIndentUnit, escapeXml } from '../../fixHelpers';
import { hasBuildVariable } from '../../../text/buildVariables';
import { newUuid } from '../../../knowledge/uuid';
import { getProfileModel } from '../../../knowledge/profileModel';
import { escapeSnippet, indentAt, stringOf } from './payloads';
import type { Payload } from './payloads';
import { orderAsIntegerText } from './order';

/** Keys the split writes itself (never copied from the enclosing payload). */
const GENERATED = new Set([
  'PayloadType',
  'PayloadIdentifier',
  'PayloadUUID',
  'PayloadVersion',
  'PayloadContent',
  'UserDefinedName',
  'VPNType',
  'VPNSubType',
  'TransparentProxy',
]);
/** Envelope-level keys that stay on the new profile when a file without envelope is wrapped. */
const ENVELOPE_KEYS = new Set([
  'PayloadDisplayName',
  'PayloadDescription',
  'PayloadOrganization',
  'PayloadScope',
  'PayloadRemovalDisallowed',
]);

const P_SUBTYPE = '\u0000SUBTYPE\u0000';
const P_IDENT = '\u0000IDENT\u0000';

interface Layout {
  eol: string;
  unit: string;
}

export function splitFix(doc: PlistDocument, payload: Payload, items: DictNode[]): Fix {
  const text = doc.text;
  const P = payload.dict;
  const inline = !/[\r\n]/.test(text.slice(P.start, P.end));
  const layout: Layout = inline
    ? { eol: '', unit: '' }
    : { eol: doc.encoding?.eol ?? '\n', unit: detectIndentUnit(text) };
  const base = inline ? '' : indentAt(doc, P.start);
  const sub = literal(stringOf(P, 'VPNSubType'));
  const ident = literal(stringOf(P, 'PayloadIdentifier')) ?? literal(getProfileModel(doc).envelope?.identifier?.value);
  const wrap = payload.noEnvelope;
  const payloadIndent = wrap ? base + layout.unit.repeat(2) : base;
  const copied = P.entries.filter((e) => !e.duplicate && e.value && !GENERATED.has(e.key.text));
  const payloadCopied = wrap ? copied.filter((e) => !ENVELOPE_KEYS.has(e.key.text)) : copied;
  const dicts = items.map((item, i) =>
    payloadXml(doc, layout, payloadIndent, {
      identifier: `${ident ?? P_IDENT}.transparentproxy.${i + 1}`,
      userDefinedName: literal(stringOf(item, 'ProviderBundleIdentifier')) ?? `Transparent Proxy ${i + 1}`,
      subType: sub ?? P_SUBTYPE,
      element: item,
      copied: payloadCopied,
      copiedFrom: indentAt(doc, P.entries[0]?.key.start ?? P.start),
    }),
  );
  let xml = dicts.join(layout.eol + payloadIndent);
  if (wrap) {
    xml = envelopeXml(
      doc,
      layout,
      base,
      xml,
      ident,
      copied.filter((e) => ENVELOPE_KEYS.has(e.key.text)),
    );
  }
  const snippet = xml.includes(P_SUBTYPE) || xml.includes(P_IDENT);
  if (snippet) {
    xml = escapeSnippet(xml)
      .split(P_SUBTYPE)
      .join('${1:com.example.app}')
      .split(P_IDENT)
      .join('${2:com.example.transparentproxy}');
  }
  return {
    title: `Split into one VPN payload per element (${items.length})`,
    preferred: true,
    snippet: snippet || undefined,
    edits: [{ start: P.start, end: P.end, newText: xml }],
  };
}

function literal(s: string | undefined): string | undefined {
  const t = s?.trim();
  return t && !hasBuildVariable(t) ? t : undefined;
}

interface PayloadParts {
  identifier: string;
  userDefinedName: string;
  subType: string;
  element: DictNode;
  copied: DictEntry[];
  copiedFrom: string;
}

function payloadXml(doc: PlistDocument, l: Layout, indent: string, p: PayloadParts): string {
  const inner = indent + l.unit;
  const str = (s: string) => `<string>${escapeXml(s)}</string>`;
  const entries = [
    ...p.copied.map((e) => inner + reindent(doc.text.slice(e.key.start, e.value!.end), p.copiedFrom, inner, l.eol)),
    entry(l, inner, 'PayloadIdentifier', str(p.identifier)),
    entry(l, inner, 'PayloadType', str('com.apple.vpn.managed')),
    entry(l, inner, 'PayloadUUID', str(newUuid())),
    entry(l, inner, 'PayloadVersion', '<integer>1</integer>'),
    entry(l, inner, 'UserDefinedName', str(p.userDefinedName)),
    entry(l, inner, 'VPNSubType', str(p.subType)),
    entry(l, inner, 'VPNType', str('TransparentProxy')),
    entry(l, inner, 'TransparentProxy', elementXml(doc, p.element, inner, l.eol)),
  ];
  return `<dict>${l.eol}${entries.join(l.eol)}${l.eol}${indent}</dict>`;
}

function envelopeXml(
  doc: PlistDocument,
  l: Layout,
  base: string,
  payloads: string,
  ident: string | undefined,
  copied: DictEntry[],
): string {
  const inner = base + l.unit;
  const from = indentAt(doc, copied[0]?.key.start ?? 0);
  const entries = [
    entry(l, inner, 'PayloadContent', `<array>${l.eol}${inner + l.unit}${payloads}${l.eol}${inner}</array>`),
    ...copied.map((e) => inner + reindent(doc.text.slice(e.key.start, e.value!.end), from, inner, l.eol)),
    entry(l, inner, 'PayloadIdentifier', `<string>${ident ? escapeXml(ident) : P_IDENT}</string>`),
    entry(l, inner, 'PayloadType', '<string>Configuration</string>'),
    entry(l, inner, 'PayloadUUID', `<string>${newUuid()}</string>`),
    entry(l, inner, 'PayloadVersion', '<integer>1</integer>'),
  ];
  return `<dict>${l.eol}${entries.join(l.eol)}${l.eol}${base}</dict>`;
}

function entry(l: Layout, indent: string, key: string, valueXml: string): string {
  return `${indent}<key>${escapeXml(key)}</key>${l.eol}${indent}${valueXml}`;
}

/** The element's source text, re-indented to `indent`, with `Order` converted to `<integer>`. */
function elementXml(doc: PlistDocument, el: DictNode, indent: string, eol: string): string {
  let xml = doc.text.slice(el.start, el.end);
  const order = el.map.get('Order')?.value;
  const asInt = order ? orderAsIntegerText(order) : undefined;
  if (order && asInt !== undefined) {
    xml = xml.slice(0, order.start - el.start) + `<integer>${asInt}</integer>` + xml.slice(order.end - el.start);
  }
  const from = indentAt(doc, el.start);
  if (eol && from === '' && isFlat(xml)) return nestFlat(xml, indent, detectIndentUnit(doc.text), eol);
  return reindent(xml, from, indent, eol);
}

/** True when no continuation line of a multi-line block is indented (unindented source files). */
function isFlat(xml: string): boolean {
  const lines = xml.split(/\r\n|\n|\r/).slice(1);
  return lines.length > 0 && lines.every((l) => !/^[ \t]/.test(l));
}

/** Indents an unindented block by nesting depth (one element or tag per line, as such files are written). */
function nestFlat(xml: string, indent: string, unit: string, eol: string): string {
  let depth = 0;
  return xml
    .split(/\r\n|\n|\r/)
    .map((line, i) => {
      if (/^<\/(dict|array)>/.test(line)) depth--;
      const out = i === 0 ? line : indent + unit.repeat(Math.max(0, depth)) + line;
      if (/^<(dict|array)>$/.test(line.trim())) depth++;
      return out;
    })
    .join(eol);
}

/** Moves a block from one indentation to another: continuation lines starting with `from` get `to` instead. */
function reindent(xml: string, from: string, to: string, eol: string): string {
  const lines = xml.split(/\r\n|\n|\r/);
  if (!eol) return lines.map((s, i) => (i === 0 ? s : s.trimStart())).join('');
  return lines.map((s, i) => (i === 0 ? s : s.startsWith(from) ? to + s.slice(from.length) : s)).join(eol);
}

export function isSplittable(items: unknown[]): items is DictNode[] {
  return items.length > 1 && items.every((i) => isDict(i as DictNode));
}
