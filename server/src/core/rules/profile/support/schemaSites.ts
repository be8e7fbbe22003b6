/**
 * One linear pass over a profile that pairs every checked plist node with its schema (catalog §1.11): the root
 * against `TopLevel.yaml`, each payload against its YAML (in scope) or the common keys only (out of scope), and
 * their sub-dicts / array elements. The generic rules N68–N72 read the cached result. Explicit stack, no
 * recursion: deep files must not overflow.
 */
import type { PlistDocument } from '../../../model/document';
import type { DictEntry, DictNode, KeyNode, PlistNode } from '../../../model/plist';
import type { SchemaScope } from '../../../context/types';
import type { PayloadInfo } from '../../../knowledge/profileModel';
import { getProfileModel } from '../../../knowledge/profileModel';
import type { DictSchema, KeySpec, SupportedOS } from '../../../knowledge/profileSchema';
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
  sites: SchemaSite[];
  /** Keys found in a complete dict that the schema does not define. */
  unknown: { entry: DictEntry; owner: SchemaDict }[];
}

const cache = new WeakMap<PlistDocument, Map<SchemaScope, SchemaSites>>();

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

/** The schema a payload dict is checked against, or the common keys when out of scope / unknown. */
function payloadDictSchema(
  payload: PayloadInfo,
  scope: SchemaScope,
): { schema: DictSchema; complete: boolean; so?: SupportedOS; type: string } {
  const type = payload.type && !payload.type.variable ? payload.type.value : '';
  const ps = type ? payloadSchema(type) : undefined;
  if (ps && (scope === 'all' || ps.inNetworkScope)) {
    return { schema: ps.dict, complete: true, so: ps.supportedOS, type };
  }
  return { schema: commonPayloadDict(), complete: false, so: ps?.supportedOS, type: type || '(unknown payload)' };
}

function computeSites(doc: PlistDocument, scope: SchemaScope): SchemaSites {
  const out: SchemaSites = { dicts: [], sites: [], unknown: [] };
  const model = getProfileModel(doc);
  if (!model.root || !model.envelope) return out;
  const stack: SchemaDict[] = [];
  if (model.bare) {
    const p = payloadDictSchema(model.envelope, scope);
    stack.push({
      dict: model.root,
      schema: p.schema,
      complete: p.complete,
      payloadType: p.type,
      payload: model.envelope,
      path: '',
      envelopeLevel: true,
      supportedOS: mergeSupportedOS(p.so, undefined),
    });
  } else {
    const top = topLevelSchema();
    // A root without any payload array is already an N63 error (often payload keys at profile level): its
    // other keys are not reported as unknown on top of that.
    const hasContent = model.root.map.has('PayloadContent') || model.root.map.has('EncryptedPayloadContent');
    stack.push({
      dict: model.root,
      schema: top.dict,
      complete: hasContent,
      payloadType: 'TopLevel',
      payload: model.envelope,
      path: '',
      envelopeLevel: true,
      supportedOS: top.supportedOS,
    });
    for (let i = model.payloads.length - 1; i >= 0; i--) {
      const payload = model.payloads[i];
      const p = payloadDictSchema(payload, scope);
      stack.push({
        dict: payload.dict,
        schema: p.schema,
        complete: p.complete,
        payloadType: p.type,
        payload,
        path: '',
        envelopeLevel: true,
        supportedOS: mergeSupportedOS(p.so, undefined),
      });
    }
  }
  while (stack.length) {
    const owner = stack.pop()!;
    out.dicts.push(owner);
    const children: SchemaDict[] = [];
    for (const entry of owner.dict.entries) {
      if (entry.duplicate || !entry.value) continue;
      const key = entry.key.text;
      // The payloads of PayloadContent are visited as payloads (pushed above), not as generic dicts.
      const isPayloadContent = owner.payloadType === 'TopLevel' && owner.envelopeLevel && key === 'PayloadContent';
      const spec = lookupKey(owner.schema, key);
      if (!spec) {
        if (owner.complete && !owner.schema.freeForm) out.unknown.push({ entry, owner });
        continue;
      }
      const path = join(owner.path, key);
      const so = mergeSupportedOS(owner.supportedOS, spec.supportedOS);
      out.sites.push({ node: entry.value, entry, spec, supportedOS: so, owner, path });
      if (isPayloadContent) {
        const el = elementSpecOf(spec);
        if (el && entry.value.kind === 'array') {
          for (const item of entry.value.items) {
            out.sites.push({ node: item, spec: el, supportedOS: so, owner, path: `${path}[]` });
          }
        }
        continue;
      }
      descend(entry.value, spec, so, owner, path, entry.key, out, children);
    }
    for (let i = children.length - 1; i >= 0; i--) stack.push(children[i]);
  }
  return out;
}

/** Queues the sub-dicts of a value and records array elements as sites. */
function descend(
  value: PlistNode,
  spec: KeySpec,
  so: SupportedOS,
  owner: SchemaDict,
  path: string,
  ownerKey: KeyNode | undefined,
  out: SchemaSites,
  children: SchemaDict[],
): void {
  // Arrays of arrays are rare; an explicit queue keeps this iterative anyway.
  const queue: { value: PlistNode; spec: KeySpec; path: string; ownerKey?: KeyNode; so: SupportedOS }[] = [
    { value, spec, path, ownerKey, so },
  ];
  while (queue.length) {
    const q = queue.shift()!;
    if (q.value.kind === 'dict') {
      const schema = dictSchemaOf(q.spec);
      if (!schema) continue;
      children.push({
        dict: q.value,
        schema,
        complete: owner.complete,
        payloadType: owner.payloadType,
        payload: owner.payload,
        path: q.path,
        ownerKey: q.ownerKey,
        envelopeLevel: false,
        supportedOS: q.so,
      });
    } else if (q.value.kind === 'array') {
      const el = elementSpecOf(q.spec);
      if (!el) continue;
      const elPath = `${q.path}[]`;
      const elSo = mergeSupportedOS(q.so, el.supportedOS);
      for (const item of q.value.items) {
        out.sites.push({ node: item, spec: el, supportedOS: elSo, owner, path: elPath });
        if (item.kind === 'dict' || item.kind === 'array') {
          queue.push({ value: item, spec: el, path: elPath, so: elSo });
        }
      }
    }
  }
}
