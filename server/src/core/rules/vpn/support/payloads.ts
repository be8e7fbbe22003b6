/**
 * Payload access for the vpn/, filter/ and dns/ rules, on top of the shared profile model (Maps, cached per
 * document) so every rule stays linear in the number of payloads. Adds one case the model leaves out: a root
 * dict with neither `PayloadContent` nor `PayloadType` whose keys reveal a payload written without its
 * envelope (e.g. the seed 003-P08 `TransparentProxy` plist), typed the way catalog N63 infers it.
 */
import type { PlistDocument } from '../../../model/document';
import type { DictNode, PlistNode, ScalarNode } from '../../../model/plist';
import { isDict, isString } from '../../../model/plist';
import { getProfileModel, payloadsForRules } from '../../../knowledge/profileModel';
import type { PayloadInfo } from '../../../knowledge/profileModel';

export const VPN_MANAGED = 'com.apple.vpn.managed';
export const APPLAYER = 'com.apple.vpn.managed.applayer';
export const APPMAPPING = 'com.apple.vpn.managed.appmapping';
export const WEB_FILTER = 'com.apple.webcontent-filter';
export const DNS_SETTINGS = 'com.apple.dnsSettings.managed';
export const DNS_PROXY = 'com.apple.dnsProxy.managed';
export const SYSEXT_POLICY = 'com.apple.system-extension-policy';

export interface Payload {
  dict: DictNode;
  /** `PayloadType`, or the type inferred from the keys of a root dict without an envelope. */
  type: string;
  /** The `PayloadType` string node, when present. */
  typeNode?: ScalarNode;
  /** `PayloadIdentifier` (trimmed literal), when present. */
  identifier?: string;
  /** True when the payload is the root dict itself. */
  atRoot: boolean;
  /** True when the root has no `PayloadContent` envelope at all (the payload is the whole file). */
  noEnvelope: boolean;
  /**
   * The first `VPNType` value when it is a `<string>`, and its trimmed text: read once per payload here because
   * half a dozen vpn/ rules ask for it (10,000 times each in a large profile).
   */
  vpnTypeNode: ScalarNode | undefined;
  vpnType: string | undefined;
}

/** Root keys that reveal a payload written without its envelope, in catalog N63's order. */
const ROOT_INFERENCE: readonly [string, string][] = [
  ['VPNType', VPN_MANAGED],
  ['TransparentProxy', VPN_MANAGED],
  ['VPN', VPN_MANAGED],
  ['FilterType', WEB_FILTER],
  ['DNSSettings', DNS_SETTINGS],
  ['AppBundleIdentifier', DNS_PROXY],
  ['AppLayerVPNMapping', APPMAPPING],
];

const cache = new WeakMap<PlistDocument, Map<string, Payload[]>>();

function toPayload(p: PayloadInfo, type: string, noEnvelope: boolean): Payload {
  const vpnTypeNode = stringNode(p.dict, 'VPNType');
  return {
    dict: p.dict,
    type,
    typeNode: p.type?.node,
    identifier: p.identifier && !p.identifier.variable ? p.identifier.value : undefined,
    atRoot: p.isRoot,
    noEnvelope,
    vpnTypeNode,
    vpnType: vpnTypeNode?.text.trim(),
  };
}

function byType(doc: PlistDocument): Map<string, Payload[]> {
  let map = cache.get(doc);
  if (map) return map;
  map = new Map();
  const model = getProfileModel(doc);
  const root = model.root;
  const noEnvelope = !!root && !root.map.has('PayloadContent');
  for (const p of payloadsForRules(model)) {
    if (!p.type || p.type.variable) continue;
    push(map, p.type.value, toPayload(p, p.type.value, noEnvelope));
  }
  if (root && model.envelope && noEnvelope && !model.envelope.type) {
    const inferred = ROOT_INFERENCE.find(([k]) => root.map.has(k));
    if (inferred) push(map, inferred[1], toPayload(model.envelope, inferred[1], true));
  }
  cache.set(doc, map);
  return map;
}

function push(map: Map<string, Payload[]>, key: string, p: Payload): void {
  const list = map.get(key);
  if (list) list.push(p);
  else map.set(key, [p]);
}

/** Multi-type lists, built once per document: ten rules ask for VPN + applayer payloads of a large profile. */
const combinedCache = new WeakMap<PlistDocument, Map<string, Payload[]>>();

/** Payloads of the given types, in document order within each type. Shared lists: callers must not mutate them. */
export function payloadsOf(doc: PlistDocument, ...types: string[]): Payload[] {
  const map = byType(doc);
  if (types.length === 1) return map.get(types[0]) ?? [];
  let combined = combinedCache.get(doc);
  if (!combined) combinedCache.set(doc, (combined = new Map()));
  const key = types.join('\n');
  let list = combined.get(key);
  if (!list) combined.set(key, (list = types.flatMap((t) => map.get(t) ?? [])));
  return list;
}

/** First-occurrence value of `key` when it is a `<string>`. */
export function stringNode(dict: DictNode | null | undefined, key: string): ScalarNode | undefined {
  const v = dict?.map.get(key)?.value;
  return isString(v) ? v : undefined;
}

/** First-occurrence value of `key` when it is a `<dict>`. */
export function dictNode(dict: DictNode | null | undefined, key: string): DictNode | undefined {
  const v = dict?.map.get(key)?.value;
  return isDict(v) ? v : undefined;
}

/** The string value of `key` (untrimmed), or undefined when absent or not a string. */
export function stringOf(dict: DictNode | null | undefined, key: string): string | undefined {
  return stringNode(dict, key)?.text;
}

/** True when `key` is absent, or a string that is empty after trimming. */
export function missingOrEmpty(dict: DictNode, key: string): boolean {
  const v = dict.map.get(key)?.value;
  if (!v) return true;
  return isString(v) && v.text.trim() === '';
}

/** True when `key` holds a non-empty string. */
export function hasText(dict: DictNode, key: string): boolean {
  const s = stringOf(dict, key);
  return s !== undefined && s.trim() !== '';
}

/** `<true/>` (and only that) counts as true for the filter switches (catalog N47/N48). */
export function isTrue(dict: DictNode, key: string): boolean {
  const v = dict.map.get(key)?.value;
  return v?.kind === 'boolean' && v.text === 'true';
}

/** The catalog's value anchor (§1.1): the text content, or the whole element for booleans/containers/empty values. */
export function valueSpan(node: PlistNode): { start: number; end: number } {
  if (node.kind === 'dict' || node.kind === 'array' || node.kind === 'boolean') {
    return { start: node.start, end: node.end };
  }
  if (node.contentEnd > node.contentStart) return { start: node.contentStart, end: node.contentEnd };
  return { start: node.start, end: node.end };
}

/** Fixes are never offered in decoded (binary/CMS) documents (§1.13). */
export function canFix(doc: PlistDocument): boolean {
  return doc.container === 'xml';
}

/** Escapes literal text inside a snippet (`$`, `}` and `\` are special there). */
export function escapeSnippet(s: string): string {
  return s.replace(/[\\$}]/g, (c) => '\\' + c);
}

/**
 * Leading whitespace of the line containing `offset`, found through the line index (O(log n)): scanning back to
 * the line start would be O(n) per call on a minified one-line profile.
 */
export function indentAt(doc: PlistDocument, offset: number): string {
  const text = doc.text;
  const start = doc.lineIndex.lineStart(doc.lineIndex.positionAt(offset).line);
  let i = start;
  while (i < text.length && (text[i] === ' ' || text[i] === '\t')) i++;
  return text.slice(start, i);
}
