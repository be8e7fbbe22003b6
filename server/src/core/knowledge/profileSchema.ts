/**
 * Typed access to Apple's profile schema (generated from apple/device-management, see
 * `generated/LICENSE-apple-device-management.txt`) with nelint's errata overlay applied (catalog §1.11):
 * `PayloadEnabled` everywhere, `RemoteAddress` in VPN/TransparentProxy, free-form vendor dicts, and
 * `com.apple.vpn.managed.applayer` ⊇ `com.apple.vpn.managed`.
 *
 * A dict is described by a `DictSchema` (its known keys + an optional `ANY` key); key lookups along a plist path
 * walk dict keys and array elements, and compute the effective `supportedOS` (payload, then each key on the way
 * down, field by field).
 */
import generated from './generated/profileSchema.json';
import overlay from './data/profileSchemaOverlay.json';
import type { PathSegment } from '../model/query';
import type { SchemaTable } from './schemaTable';

export type SchemaType = 'string' | 'integer' | 'real' | 'boolean' | 'date' | 'data' | 'array' | 'dictionary' | 'any';
export type SchemaPlatform = 'macos' | 'ios' | 'tvos' | 'visionos';

export interface OSAvailability {
  introduced?: string;
  deprecated?: string;
  removed?: string;
}
export type SupportedOS = Partial<Record<SchemaPlatform, OSAvailability>>;

export interface KeySpec {
  key: string;
  type: SchemaType;
  required?: boolean;
  rangelist?: (string | number | boolean)[];
  range?: { min?: number; max?: number };
  default?: string | number | boolean;
  valuetype?: string;
  format?: string;
  supportedOS?: SupportedOS;
  subkeys?: KeySpec[];
  /** A self-referential structure in the YAML: its content is not described further. */
  recursive?: boolean;
  /** Accepted by nelint's errata overlay, not by the YAML. */
  overlay?: boolean;
}

/** The keys a dict may contain. */
export interface DictSchema {
  keys: Map<string, KeySpec>;
  /** The `key: ANY` entry: any other key is allowed with this spec. */
  any?: KeySpec;
  /** True when any key is allowed (vendor dicts, undescribed dicts). */
  freeForm: boolean;
}

export interface PayloadSchema {
  type: string;
  title?: string;
  supportedOS?: SupportedOS;
  /** The payload dict's own keys, common keys included. */
  dict: DictSchema;
  /** Checked by the generic rules in the default `network` scope. */
  inNetworkScope: boolean;
}

/** A key found along a path, with its effective availability. */
export interface ResolvedKey {
  spec: KeySpec;
  supportedOS: SupportedOS;
}

/** The bundled table, generated from the pinned YAML (scripts/generate-profile-schema.ts). */
const BUNDLED = generated as unknown as SchemaTable;

const NETWORK_SCOPE: ReadonlySet<string> = new Set(overlay.networkScope);
const FREE_FORM: ReadonlySet<string> = new Set(overlay.freeFormDicts);

function buildDict(specs: readonly KeySpec[]): DictSchema {
  const keys = new Map<string, KeySpec>();
  let any: KeySpec | undefined;
  for (const s of specs) {
    if (s.key === 'ANY') any = s;
    else if (!keys.has(s.key)) keys.set(s.key, s);
  }
  return { keys, any, freeForm: false };
}

function cloneKeys(keys: readonly KeySpec[]): KeySpec[] {
  return keys.map((k) => ({ ...k, subkeys: k.subkeys ? cloneKeys(k.subkeys) : undefined }));
}

/** Applies the `subkeys` overlay entries of one payload type (adds keys inside nested dicts). */
function applySubkeyOverlay(type: string, keys: KeySpec[]): void {
  for (const entry of overlay.subkeys) {
    if (!entry.payloads.includes(type)) continue;
    let level: KeySpec[] | undefined = keys;
    for (const seg of entry.path) level = level?.find((k) => k.key === seg)?.subkeys;
    if (level && !level.some((k) => k.key === entry.add.key)) level.push(entry.add as KeySpec);
  }
}

/** Everything derived from the table in use, rebuilt when `useSchemaTable` swaps it. */
interface ActiveSchema {
  table: SchemaTable;
  commonSpecs: KeySpec[];
  commonDict: DictSchema;
  topLevelDict: DictSchema;
  topLevelSupportedOS: SupportedOS;
  payloadCache: Map<string, PayloadSchema | null>;
}

function activate(table: SchemaTable): ActiveSchema {
  const commonSpecs: KeySpec[] = [...table.common.keys, ...(overlay.commonKeys as KeySpec[])];
  return {
    table,
    commonSpecs,
    commonDict: buildDict(commonSpecs),
    topLevelDict: buildDict([...table.topLevel.keys, ...(overlay.topLevelKeys as KeySpec[])]),
    topLevelSupportedOS: table.topLevel.supportedOS as SupportedOS,
    payloadCache: new Map(),
  };
}

let active: ActiveSchema = activate(BUNDLED);

/**
 * Checks profiles against `table` from now on (a newer apple/device-management checkout: `nelint.schemaPath`), or
 * against the bundled table again when `table` is undefined. The overlay applies to either. Documents validated
 * before keep what they found: callers re-validate.
 */
export function useSchemaTable(table: SchemaTable | undefined): void {
  active = activate(table ?? BUNDLED);
}

/** The table in use (the bundled one unless `useSchemaTable` replaced it). */
export function schemaTable(): SchemaTable {
  return active.table;
}

/** What hovers cite: "per apple/device-management Release_iOS-18-1_macOS-15-1". */
export function schemaRelease(): string {
  return active.table.release;
}

/** The pinned release of the bundled table. */
export const SCHEMA_RELEASE: string = BUNDLED.release;
export const SCHEMA_COMMIT: string = BUNDLED.commit ?? '';

/** The schema of a payload type (undefined when the pinned YAML does not define it). */
export function payloadSchema(type: string): PayloadSchema | undefined {
  const { table, payloadCache, commonSpecs } = active;
  const cached = payloadCache.get(type);
  if (cached !== undefined) return cached ?? undefined;
  const data = Object.prototype.hasOwnProperty.call(table.payloads, type) ? table.payloads[type] : undefined;
  if (!data) {
    payloadCache.set(type, null);
    return undefined;
  }
  const keys = cloneKeys(data.keys);
  const includes = (overlay.includes as Record<string, string[]>)[type] ?? [];
  for (const base of includes) keys.push(...cloneKeys(table.payloads[base]?.keys ?? []));
  applySubkeyOverlay(type, keys);
  // Payload keys first: a payload that redefines a common key (rare) keeps its own definition.
  const schema: PayloadSchema = {
    type,
    title: data.title,
    supportedOS: data.supportedOS,
    dict: buildDict([...keys, ...commonSpecs]),
    inNetworkScope: NETWORK_SCOPE.has(type),
  };
  payloadCache.set(type, schema);
  return schema;
}

export function isKnownPayloadType(type: string): boolean {
  return Object.prototype.hasOwnProperty.call(active.table.payloads, type);
}

/** Every payload type of the pinned schema, sorted. */
export function knownPayloadTypes(): string[] {
  return Object.keys(active.table.payloads).sort();
}

/** Payload types checked by the generic schema rules in the default scope. */
export function networkScopeTypes(): readonly string[] {
  return overlay.networkScope;
}

/** The root dict of a profile (`TopLevel.yaml` + overlay). */
export function topLevelSchema(): { dict: DictSchema; supportedOS: SupportedOS } {
  return { dict: active.topLevelDict, supportedOS: active.topLevelSupportedOS };
}

/** The keys common to every payload (`CommonPayloadKeys.yaml` + overlay). */
export function commonPayloadDict(): DictSchema {
  return active.commonDict;
}

/** Built once per spec: schema sites ask for the same sub-dict schema once per payload of a large profile. */
const dictSchemaCache = new WeakMap<KeySpec, DictSchema>();

/** What a dict-typed key allows inside; undefined when the key is not a dict. Callers must not mutate it. */
export function dictSchemaOf(spec: KeySpec): DictSchema | undefined {
  if (spec.type !== 'dictionary' && spec.type !== 'any') return undefined;
  let schema = dictSchemaCache.get(spec);
  if (!schema) {
    schema =
      spec.type === 'any' || FREE_FORM.has(spec.key) || spec.recursive || !spec.subkeys?.length
        ? { keys: new Map(), freeForm: true }
        : buildDict(spec.subkeys);
    dictSchemaCache.set(spec, schema);
  }
  return schema;
}

/** The element spec of an array-typed key; undefined when the YAML does not describe the elements. */
export function elementSpecOf(spec: KeySpec): KeySpec | undefined {
  if (spec.type !== 'array' || spec.recursive) return undefined;
  return spec.subkeys?.[0];
}

/** Looks `key` up in a dict schema (known keys, then `ANY`). */
export function lookupKey(dict: DictSchema, key: string): KeySpec | undefined {
  return dict.keys.get(key) ?? dict.any;
}

/** Field-by-field override: `over`'s fields replace `base`'s, per platform. */
export function mergeSupportedOS(base: SupportedOS | undefined, over: SupportedOS | undefined): SupportedOS {
  // Most keys have no override: share the parent's object (hot path for large profiles).
  if (base && !over) return base;
  const out: SupportedOS = {};
  for (const p of ['macos', 'ios', 'tvos', 'visionos'] as const) {
    const merged = { ...(base?.[p] ?? {}), ...(over?.[p] ?? {}) };
    if (Object.keys(merged).length) out[p] = merged;
  }
  return out;
}

/**
 * Resolves a path inside a payload (or the root when `payloadType` is `'TopLevel'`): dict keys and array
 * indices, as `locate()` reports them relative to the payload dict. Returns the spec of the last segment, or
 * undefined when any step is unknown or free-form.
 */
export function resolveKeyPath(payloadType: string, path: readonly PathSegment[]): ResolvedKey | undefined {
  const root = payloadType === 'TopLevel' ? topLevelSchema() : payloadSchema(payloadType);
  if (!root) return undefined;
  let dict: DictSchema | undefined = root.dict;
  let supportedOS = mergeSupportedOS(root.supportedOS, undefined);
  let current: KeySpec | undefined;
  for (const seg of path) {
    if (typeof seg === 'number') {
      current = current ? elementSpecOf(current) : undefined;
      if (!current) return undefined;
      dict = dictSchemaOf(current);
    } else {
      if (!dict || dict.freeForm) return undefined;
      current = lookupKey(dict, seg);
      if (!current) return undefined;
      dict = dictSchemaOf(current);
    }
    supportedOS = mergeSupportedOS(supportedOS, current.supportedOS);
  }
  return current ? { spec: current, supportedOS } : undefined;
}

/** The dict schema at a path inside a payload (the payload dict itself for an empty path). */
export function dictSchemaAtPath(payloadType: string, path: readonly PathSegment[]): DictSchema | undefined {
  if (!path.length) {
    return payloadType === 'TopLevel' ? active.topLevelDict : payloadSchema(payloadType)?.dict;
  }
  const resolved = resolveKeyPath(payloadType, path);
  return resolved ? dictSchemaOf(resolved.spec) : undefined;
}
