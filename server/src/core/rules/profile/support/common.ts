/** Small helpers shared by the `profile/` rules: anchors (catalog §1.1), XML for schema types, labels. */
import type { DictNode, KeyNode, PlistNode } from '../../../model/plist';
import type { KeySpec, SchemaType } from '../../../knowledge/profileSchema';
import type { PayloadInfo } from '../../../knowledge/profileModel';

export const PROFILE_KINDS = ['profile'] as const;

/** A dict-level diagnostic: the `<key>` owning the dict, else the dict's opening tag. */
export function dictAnchor(dict: DictNode, ownerKey?: KeyNode): { start: number; end: number } {
  if (ownerKey) return { start: ownerKey.start, end: ownerKey.end };
  const entryKey = dict.entry?.key;
  if (entryKey) return { start: entryKey.start, end: entryKey.end };
  return { start: dict.element.open.start, end: dict.element.open.end };
}

/** A value diagnostic: a scalar's text content (the whole element when empty or self-closing), a container's open tag. */
export function valueAnchor(node: PlistNode): { start: number; end: number } {
  if (node.kind === 'dict' || node.kind === 'array') {
    return { start: node.element.open.start, end: node.element.open.end };
  }
  if (node.kind === 'boolean' || node.contentStart >= node.contentEnd) return { start: node.start, end: node.end };
  return { start: node.contentStart, end: node.contentEnd };
}

/** Plist element name for a schema type (`dictionary` → `dict`). */
export function elementName(t: SchemaType): string {
  return t === 'dictionary' ? 'dict' : t;
}

/** The plist kind a schema type expects (`any` → undefined). */
export function expectedKind(t: SchemaType): string | undefined {
  if (t === 'any') return undefined;
  return t === 'dictionary' ? 'dict' : t;
}

/** `Payload "com.apple.vpn.managed"` / `Profile` for messages. */
export function payloadLabel(p: PayloadInfo | undefined): string {
  if (!p || p.isRoot) return 'Profile';
  return p.type?.value ? `Payload "${p.type.value}"` : `Payload #${p.index + 1}`;
}

/** A snippet value (catalog §1.13 placeholders) for inserting a key of this spec. */
export function snippetValueXml(spec: KeySpec): string {
  const choices = (spec.rangelist ?? []).map((v) => String(v).replace(/[,|\\$}]/g, (c) => `\\${c}`));
  switch (spec.type) {
    case 'string':
      return choices.length ? `<string>\${1|${choices.join(',')}|}</string>` : '<string>${1}</string>';
    case 'integer':
      return choices.length ? `<integer>\${1|${choices.join(',')}|}</integer>` : '<integer>${1:0}</integer>';
    case 'real':
      return '<real>${1:0}</real>';
    case 'boolean':
      return '${1|<true/>,<false/>|}';
    case 'date':
      return '<date>${1:2025-01-01T00:00:00Z}</date>';
    case 'data':
      return '<data>${1}</data>';
    case 'array':
      return '<array>\n\t${1}\n</array>';
    case 'dictionary':
      return '<dict>\n\t${1}\n</dict>';
    default:
      return '<string>${1}</string>';
  }
}
