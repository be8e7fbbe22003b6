/**
 * The payload model of a configuration profile: the envelope (root dict) and every `PayloadContent[]` dict with
 * its type, UUID, identifier and display name, indexed with Maps so that profile rules stay linear in the number
 * of payloads (a 10,000-payload profile must validate fast). Built once per document and cached.
 *
 * Semantics follow the plist tree: the FIRST occurrence of a key is used (later duplicates are ignored).
 */
import type { PlistDocument } from '../model/document';
import type { ArrayNode, DictNode, PlistNode, ScalarNode } from '../model/plist';
import { isArray, isDict, isString } from '../model/plist';
import { hasBuildVariable } from '../text/buildVariables';

/** A string-valued envelope key of a payload (`PayloadType`, `PayloadUUID`, …). */
export interface StringField {
  /** The `<string>` text, trimmed. */
  value: string;
  node: ScalarNode;
  /** True when the value contains a build variable / template variable (§1.6): skip value checks. */
  variable: boolean;
}

export interface PayloadInfo {
  /** The payload dict (for the envelope: the root dict). */
  dict: DictNode;
  /** Index in `PayloadContent` (-1 for the root). */
  index: number;
  /** True for the root dict (the envelope, or a bare payload at the root). */
  isRoot: boolean;
  type?: StringField;
  uuid?: StringField;
  identifier?: StringField;
  displayName?: StringField;
  version?: PlistNode;
}

export interface ProfileModel {
  /** The root dict, or null when the root is not a dict. */
  root: DictNode | null;
  /** The root as an envelope (null when the root is not a dict). */
  envelope: PayloadInfo | null;
  /** The `PayloadContent` value of the root when it is an array. */
  payloadContent?: ArrayNode;
  /** Every dict element of `PayloadContent`, in order (non-dict elements are skipped). */
  payloads: PayloadInfo[];
  /**
   * True when the root is a bare payload: no `PayloadContent` and a `PayloadType` other than `Configuration`.
   * Family rules may then treat `envelope` as a payload (see `payloadsForRules`).
   */
  bare: boolean;
  /** Envelope + payloads by upper-cased `PayloadUUID` (literal values only), in document order. */
  byUuid: Map<string, PayloadInfo[]>;
  /** Envelope + payloads by `PayloadIdentifier` (literal values only), in document order. */
  byIdentifier: Map<string, PayloadInfo[]>;
  /** Payloads by `PayloadType` (exact text), in document order. Includes a bare root payload. */
  byType: Map<string, PayloadInfo[]>;
}

/** Certificate / identity payload types (catalog N67). */
export const CERTIFICATE_PAYLOAD_TYPES: ReadonlySet<string> = new Set([
  'com.apple.security.pkcs12',
  'com.apple.security.pkcs1',
  'com.apple.security.root',
  'com.apple.security.pem',
  'com.apple.security.scep',
  'com.apple.security.acme',
  'com.apple.ADCertificate.managed',
]);

const cache = new WeakMap<PlistDocument, ProfileModel>();

/** The payload model of `doc` (cached per document object). */
export function getProfileModel(doc: PlistDocument): ProfileModel {
  let model = cache.get(doc);
  if (!model) {
    model = buildProfileModel(doc.root);
    cache.set(doc, model);
  }
  return model;
}

function stringField(dict: DictNode, key: string): StringField | undefined {
  const v = dict.map.get(key)?.value;
  if (!isString(v)) return undefined;
  const value = v.text.trim();
  return { value, node: v, variable: hasBuildVariable(value) };
}

function payloadInfo(dict: DictNode, index: number, isRoot: boolean): PayloadInfo {
  return {
    dict,
    index,
    isRoot,
    type: stringField(dict, 'PayloadType'),
    uuid: stringField(dict, 'PayloadUUID'),
    identifier: stringField(dict, 'PayloadIdentifier'),
    displayName: stringField(dict, 'PayloadDisplayName'),
    version: dict.map.get('PayloadVersion')?.value ?? undefined,
  };
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/** Builds the model from a root node (exported for tests and for documents built elsewhere). */
export function buildProfileModel(rootNode: PlistNode | null): ProfileModel {
  const root = isDict(rootNode) ? rootNode : null;
  const model: ProfileModel = {
    root,
    envelope: null,
    payloads: [],
    bare: false,
    byUuid: new Map(),
    byIdentifier: new Map(),
    byType: new Map(),
  };
  if (!root) return model;
  const envelope = payloadInfo(root, -1, true);
  model.envelope = envelope;
  const content = root.map.get('PayloadContent')?.value;
  if (isArray(content)) {
    model.payloadContent = content;
    const items = content.items;
    for (let i = 0; i < items.length; i++) {
      const item = items[i];
      if (isDict(item)) model.payloads.push(payloadInfo(item, i, false));
    }
  }
  model.bare = !content && !!envelope.type && envelope.type.value !== 'Configuration';
  indexPayloads(model);
  return model;
}

function indexPayloads(model: ProfileModel): void {
  if (model.envelope) index(model, model.envelope);
  for (const p of model.payloads) index(model, p);
  // Consecutive payloads usually share a type: reuse the last list instead of hashing every type string again.
  let lastType: string | undefined;
  let lastList: PayloadInfo[] | undefined;
  for (const p of payloadsForRules(model)) {
    if (!p.type) continue;
    const type = p.type.value;
    if (lastList && type === lastType) {
      lastList.push(p);
      continue;
    }
    push(model.byType, type, p);
    lastType = type;
    lastList = model.byType.get(type);
  }
}

/**
 * The model once payload `index` (of `payloads`) is replaced by `dict`, reusing every other payload's facts: the
 * language server's one-payload re-parse (engine/incremental.ts) would otherwise rebuild all of them per keystroke.
 */
export function withPayloadReplaced(model: ProfileModel, at: number, dict: DictNode): ProfileModel {
  const payloads = model.payloads.slice();
  payloads[at] = payloadInfo(dict, payloads[at].index, false);
  const next: ProfileModel = { ...model, payloads, byUuid: new Map(), byIdentifier: new Map(), byType: new Map() };
  indexPayloads(next);
  return next;
}

function index(model: ProfileModel, p: PayloadInfo): void {
  if (p.uuid && !p.uuid.variable && p.uuid.value) push(model.byUuid, upperCase(p.uuid.value), p);
  if (p.identifier && !p.identifier.variable && p.identifier.value) push(model.byIdentifier, p.identifier.value, p);
}

/**
 * `toUpperCase()` allocates a new string even when nothing changes; UUIDs are nearly always upper-case already
 * (10,000 of them in a large profile). Only ASCII without `a`–`z` is returned as is.
 */
function upperCase(s: string): string {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if ((c >= 97 && c <= 122) || c > 127) return s.toUpperCase();
  }
  return s;
}

/** The dicts payload-family rules check: the `PayloadContent` payloads, or the root when it is a bare payload. */
export function payloadsForRules(model: ProfileModel): PayloadInfo[] {
  if (model.bare && model.envelope) return [model.envelope];
  return model.payloads;
}

/** Payloads of one type (exact `PayloadType` text), including a bare root payload. */
export function payloadsOfType(model: ProfileModel, type: string): PayloadInfo[] {
  return model.byType.get(type) ?? [];
}

/** The payload (or envelope) whose `PayloadUUID` equals `uuid` case-insensitively, first in document order. */
export function payloadByUuid(model: ProfileModel, uuid: string): PayloadInfo | undefined {
  return model.byUuid.get(upperCase(uuid.trim()))?.[0];
}

/**
 * The payload whose dict contains `offset` (the envelope when the offset is in the root but in no payload).
 * Binary search over `PayloadContent` order: payload spans are sorted and disjoint.
 */
export function payloadAt(model: ProfileModel, offset: number): PayloadInfo | undefined {
  const list = model.payloads;
  let lo = 0;
  let hi = list.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const d = list[mid].dict;
    if (offset < d.start) hi = mid - 1;
    else if (offset > d.end) lo = mid + 1;
    else return list[mid];
  }
  const root = model.root;
  if (root && offset >= root.start && offset <= root.end) return model.envelope ?? undefined;
  return undefined;
}

/** The payload that contains `node` (by its start offset). */
export function payloadOfNode(model: ProfileModel, node: PlistNode): PayloadInfo | undefined {
  return payloadAt(model, node.start);
}

/**
 * Seeds the cache for a document object built from another one: the engine's single-payload views for
 * incremental re-validation (engine/payloadView.ts) carry the real `PayloadContent` indexes this way.
 */
export function setProfileModel(doc: PlistDocument, model: ProfileModel): void {
  cache.set(doc, model);
}
