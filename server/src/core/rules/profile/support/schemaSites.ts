/**
 * One linear pass over a profile that pairs every checked plist node with its schema (catalog §1.11): the root
 * against `TopLevel.yaml`, each payload against its YAML (in scope) or the common keys only (out of scope), and
 * their sub-dicts / array elements. The generic rules N68–N72 read the cached result. Explicit stack, no
 * recursion: deep files must not overflow.
 *
 * Every value is paired with its spec, but only the values a rule can report on become `SchemaSite` objects, in
 * three lists (document order each): a 10,000-payload profile has ~140,000 values and almost none of them is a
 * candidate for any of the three site rules, so materialising them all only fed the garbage collector.
 */
import type { PlistDocument } from '../../../model/document';
import type { ArrayNode, DictEntry, DictNode, KeyNode, PlistNode, ScalarNode } from '../../../model/plist';
import { isScalar } from '../../../model/plist';
import type { SchemaScope } from '../../../context/types';
import type { PayloadInfo } from '../../../knowledge/profileModel';
import { getProfileModel } from '../../../knowledge/profileModel';
import type { DictSchema, KeySpec, SchemaType, SupportedOS } from '../../../knowledge/profileSchema';
import { expectedKind } from './common';
import {
  commonPayloadDict,
  dictSchemaOf,
  elementSpecOf,
  lookupKey,
  mergeSupportedOS,
  payloadSchema,
  topLevelSchema,
} from '../../../knowledge/profileSchema';

/** A dict checked against a schema. */
export interface SchemaDict {
  dict: DictNode;
  schema: DictSchema;
  /** Unknown keys are reported only where the whole schema applies (not for out-of-scope payloads). */
  complete: boolean;
  /** `'TopLevel'` for the root, else the payload type the schema came from. */
  payloadType: string;
  payload?: PayloadInfo;
  /** Human path inside the payload, e.g. `VPN › OnDemandRules[]` (empty for the payload dict). */
  path: string;
  /** The `<key>` that owns the dict (absent for array elements and the root). */
  ownerKey?: KeyNode;
  /** True for the root dict and payload dicts (envelope level). */
  envelopeLevel: boolean;
  supportedOS: SupportedOS;
}

/** A value checked against a key spec (a dict entry's value or an array element). */
export interface SchemaSite {
  node: PlistNode;
  /** The dict entry when the node is a dict value. */
  entry?: DictEntry;
  spec: KeySpec;
  /** Effective availability: payload, then every key on the way down (field by field). */
  supportedOS: SupportedOS;
  owner: SchemaDict;
  /** Human path of the node, e.g. `VPN › AuthenticationMethod`. */
  path: string;
}

export interface SchemaSites {
  dicts: SchemaDict[];
  /** Sites whose element type differs from the spec's type (N69's candidates). */
  typeMismatches: SchemaSite[];
  /** Sites whose spec has a non-empty `rangelist` and whose value is not a listed scalar (N70's candidates). */
  outsideRangelist: SchemaSite[];
  /**
   * Dict-entry sites whose effective availability differs from their dict's (a key with its own `supportedOS`):
   * only these can be unavailable where their dict is available (N72's key candidates).
   */
  ownAvailability: SchemaSite[];
  /** Keys found in a complete dict that the schema does not define. */
  unknown: { entry: DictEntry; owner: SchemaDict }[];
}

const cache = new WeakMap<PlistDocument, Map<SchemaScope, SchemaSites>>();

/** `PayloadVersion` at envelope level and the root `PayloadType` belong to N62 / N61 (§1.15). */
export function ownedByEnvelopeRules(entry: DictEntry, owner: SchemaDict): boolean {
  if (!owner.envelopeLevel) return false;
  const key = entry.key.text;
  return key === 'PayloadVersion' || (key === 'PayloadType' && owner.payloadType === 'TopLevel');
}

/** True when the scalar's value is one of the rangelist's (numbers compare numerically). Plain loops: hot. */
export function inRangelist(node: ScalarNode, list: readonly (string | number | boolean)[]): boolean {
  const t = node.kind === 'string' ? node.text : node.text.trim();
  if (node.kind === 'integer' || node.kind === 'real') {
    const n = Number(t);
    for (const v of list) if (typeof v === 'number' && v === n) return true;
    return false;
  }
  for (const v of list) if (String(v) === t) return true;
  return false;
}

/** True when the node's element type is what the schema type asks for (`any` matches everything). */
export function matchesType(node: PlistNode, type: SchemaType): boolean {
  const want = expectedKind(type);
  if (!want || node.kind === want) return true;
  // An integer is a valid real (CFPropertyList reads both as numbers).
  return want === 'real' && node.kind === 'integer';
}

export function schemaSites(doc: PlistDocument, scope: SchemaScope): SchemaSites {
  let byScope = cache.get(doc);
  if (!byScope) cache.set(doc, (byScope = new Map()));
  let result = byScope.get(scope);
  if (!result) byScope.set(scope, (result = computeSites(doc, scope)));
  return result;
}

function join(path: string, seg: string): string {
  return path ? `${path} › ${seg}` : seg;
}

/** Shared by every payload without an own `supportedOS` (read-only, like the schema's objects). */
const NO_SUPPORTED_OS: SupportedOS = mergeSupportedOS(undefined, undefined);

/**
 * `mergeSupportedOS` memoised per (base, override) pair. Both come from the schema (or from this cache), so a
 * large profile merges the same few pairs again and again; a fresh object per site would only feed the GC.
 * The results are shared and must not be mutated (no rule does).
 */
const mergedCache = new WeakMap<SupportedOS, WeakMap<SupportedOS, SupportedOS>>();
function merged(base: SupportedOS, over: SupportedOS | undefined): SupportedOS {
  if (!over) return base;
  let byOver = mergedCache.get(base);
  if (!byOver) mergedCache.set(base, (byOver = new WeakMap()));
  let out = byOver.get(over);
  if (!out) byOver.set(over, (out = mergeSupportedOS(base, over)));
  return out;
}

interface PayloadDictSchema {
  schema: DictSchema;
  complete: boolean;
  so: SupportedOS;
  type: string;
}

/** The schema a payload dict is checked against, or the common keys when out of scope / unknown. */
function payloadDictSchema(type: string, scope: SchemaScope): PayloadDictSchema {
  const ps = type ? payloadSchema(type) : undefined;
  const so = ps?.supportedOS ?? NO_SUPPORTED_OS;
  if (ps && (scope === 'all' || ps.inNetworkScope)) return { schema: ps.dict, complete: true, so, type };
  return { schema: commonPayloadDict(), complete: false, so, type: type || '(unknown payload)' };
}

/** One `payloadDictSchema` per payload type and document (10,000 payloads usually share one or two types). */
function payloadDict(payload: PayloadInfo, scope: SchemaScope, seen: Map<string, PayloadDictSchema>): SchemaDict {
  const type = payload.type && !payload.type.variable ? payload.type.value : '';
  let p = seen.get(type);
  if (!p) seen.set(type, (p = payloadDictSchema(type, scope)));
  return newDict(payload.dict, p.schema, p.complete, p.type, payload, '', undefined, true, p.so);
}

/** Every SchemaDict is built here, with all fields in one order, so the hot objects keep one shape. */
function newDict(
  dict: DictNode,
  schema: DictSchema,
  complete: boolean,
  payloadType: string,
  payload: PayloadInfo | undefined,
  path: string,
  ownerKey: KeyNode | undefined,
  envelopeLevel: boolean,
  supportedOS: SupportedOS,
): SchemaDict {
  return { dict, schema, complete, payloadType, payload, path, ownerKey, envelopeLevel, supportedOS };
}

/**
 * Records a value paired with its spec in the lists of the rules that can report on it (see `SchemaSites`);
 * the path string is built only then. `path` is the node's path when already known; for a scalar dict value it
 * is undefined and derived from the owner's path and the entry's key.
 */
function addSite(
  out: SchemaSites,
  node: PlistNode,
  entry: DictEntry | undefined,
  spec: KeySpec,
  supportedOS: SupportedOS,
  owner: SchemaDict,
  path: string | undefined,
): void {
  // Values N61/N62 own (§1.15) are never reported by N69/N70: no candidates for their lists.
  const owned = entry !== undefined && ownedByEnvelopeRules(entry, owner);
  const mismatch = !owned && !matchesType(node, spec.type);
  const list = spec.rangelist;
  // Nearly every rangelist value is a listed one: those are no candidates (and need no site object).
  const ranged = !owned && !!list?.length && !(isScalar(node) && inRangelist(node, list));
  const ownAvailability = entry !== undefined && supportedOS !== owner.supportedOS;
  if (!mismatch && !ranged && !ownAvailability) return;
  // One shape for every site (`entry` is undefined for array elements).
  const site: SchemaSite = { node, entry, spec, supportedOS, owner, path: path ?? join(owner.path, entry!.key.text) };
  if (mismatch) out.typeMismatches.push(site);
  if (ranged) out.outsideRangelist.push(site);
  if (ownAvailability) out.ownAvailability.push(site);
}

function reverseFrom<T>(list: T[], from: number): void {
  for (let i = from, j = list.length - 1; i < j; i++, j--) {
    const t = list[i];
    list[i] = list[j];
    list[j] = t;
  }
}

function computeSites(doc: PlistDocument, scope: SchemaScope): SchemaSites {
  const out: SchemaSites = { dicts: [], typeMismatches: [], outsideRangelist: [], ownAvailability: [], unknown: [] };
  const model = getProfileModel(doc);
  if (!model.root || !model.envelope) return out;
  const stack: SchemaDict[] = [];
  const seen = new Map<string, PayloadDictSchema>();
  if (model.bare) {
    stack.push(payloadDict(model.envelope, scope, seen));
  } else {
    const top = topLevelSchema();
    // A root without any payload array is already an N63 error (often payload keys at profile level): its
    // other keys are not reported as unknown on top of that.
    const hasContent = model.root.map.has('PayloadContent') || model.root.map.has('EncryptedPayloadContent');
    stack.push(
      newDict(model.root, top.dict, hasContent, 'TopLevel', model.envelope, '', undefined, true, top.supportedOS),
    );
    for (let i = model.payloads.length - 1; i >= 0; i--) stack.push(payloadDict(model.payloads[i], scope, seen));
  }
  while (stack.length) {
    const owner = stack.pop()!;
    out.dicts.push(owner);
    // Sub-dicts go straight onto the stack; the segment is reversed below so they pop in document order.
    const firstChild = stack.length;
    const isTopLevel = owner.payloadType === 'TopLevel' && owner.envelopeLevel;
    for (const entry of owner.dict.entries) {
      if (entry.duplicate || !entry.value) continue;
      const key = entry.key.text;
      const spec = lookupKey(owner.schema, key);
      if (!spec) {
        if (owner.complete && !owner.schema.freeForm) out.unknown.push({ entry, owner });
        continue;
      }
      const value = entry.value;
      const so = merged(owner.supportedOS, spec.supportedOS);
      // Most values are scalars, which need a path string only if they become a site (see addSite).
      const path = value.kind === 'dict' || value.kind === 'array' ? join(owner.path, key) : undefined;
      addSite(out, value, entry, spec, so, owner, path);
      // The payloads of PayloadContent are visited as payloads (pushed above), not as generic dicts.
      if (isTopLevel && key === 'PayloadContent') {
        const el = elementSpecOf(spec);
        if (el && value.kind === 'array') {
          const elPath = `${path!}[]`;
          for (const item of value.items) addSite(out, item, undefined, el, so, owner, elPath);
        }
        continue;
      }
      if (value.kind === 'dict') {
        const schema = dictSchemaOf(spec);
        if (schema) {
          stack.push(
            newDict(value, schema, owner.complete, owner.payloadType, owner.payload, path!, entry.key, false, so),
          );
        }
      } else if (value.kind === 'array') {
        descendArray(value, spec, so, owner, path!, out, stack);
      }
    }
    reverseFrom(stack, firstChild);
  }
  return out;
}

interface Pending {
  value: PlistNode;
  spec: KeySpec;
  path: string;
  so: SupportedOS;
}

/**
 * Records an array's elements as sites and queues the sub-dicts found in it, breadth first (arrays of arrays
 * are rare; an explicit queue keeps this iterative anyway). Read with a moving head, not `shift()`.
 */
function descendArray(
  array: ArrayNode,
  spec: KeySpec,
  so: SupportedOS,
  owner: SchemaDict,
  path: string,
  out: SchemaSites,
  children: SchemaDict[],
): void {
  const queue: Pending[] = [{ value: array, spec, path, so }];
  for (let head = 0; head < queue.length; head++) {
    const q = queue[head];
    if (q.value.kind === 'dict') {
      const schema = dictSchemaOf(q.spec);
      if (!schema) continue;
      children.push(
        newDict(q.value, schema, owner.complete, owner.payloadType, owner.payload, q.path, undefined, false, q.so),
      );
    } else if (q.value.kind === 'array') {
      const el = elementSpecOf(q.spec);
      if (!el) continue;
      const elPath = `${q.path}[]`;
      const elSo = merged(q.so, el.supportedOS);
      for (const item of q.value.items) {
        addSite(out, item, undefined, el, elSo, owner, elPath);
        if (item.kind === 'dict' || item.kind === 'array') {
          queue.push({ value: item, spec: el, path: elPath, so: elSo });
        }
      }
    }
  }
}
