/**
 * Apple's device-management profile YAML (`mdm/profiles/*.yaml`, already parsed, aliases resolved) → the compact
 * table nelint reads (knowledge/profileSchema.ts). Used twice: by `scripts/generate-profile-schema.ts` for the
 * bundled table (knowledge/generated/profileSchema.json), and by the language server for `nelint.schemaPath`, a
 * newer checkout the user points at. Pure (no file system): callers read and parse the files.
 *
 * Only what the rules use is kept: key names, types, presence, rangelists, ranges, scalar defaults, value types,
 * formats, sub-keys and availability on the four platforms nelint knows. Apple's prose (`content`) is not.
 */
import type { KeySpec, SupportedOS } from './profileSchema';

export interface TablePayload {
  title?: string;
  supportedOS?: SupportedOS;
  keys: KeySpec[];
  /** The YAML files that describe the payload type (several files may describe one type). */
  sources?: string[];
}

export interface SchemaTable {
  source?: string;
  /** e.g. `Release_iOS-18-1_macOS-15-1` (what hovers cite). */
  release: string;
  commit?: string;
  topLevel: TablePayload;
  common: TablePayload;
  payloads: Record<string, TablePayload>;
}

/** One parsed YAML file. */
export interface SchemaYamlFile {
  name: string;
  doc: unknown;
}

const PLATFORMS: Record<string, keyof SupportedOS> = { iOS: 'ios', macOS: 'macos', tvOS: 'tvos', visionOS: 'visionos' };
const OS_FIELDS = ['introduced', 'deprecated', 'removed'] as const;

type Yaml = Record<string, unknown>;

function isObject(v: unknown): v is Yaml {
  return typeof v === 'object' && v !== null;
}

/** Keeps introduced/deprecated/removed for nelint's four platforms. */
function supportedOS(so: unknown): SupportedOS | undefined {
  if (!isObject(so)) return undefined;
  const out: SupportedOS = {};
  for (const [apple, ours] of Object.entries(PLATFORMS)) {
    const entry = so[apple];
    if (!isObject(entry)) continue;
    const kept: Record<string, string> = {};
    for (const f of OS_FIELDS) if (entry[f] !== undefined) kept[f] = String(entry[f]);
    if (Object.keys(kept).length) out[ours] = kept;
  }
  return Object.keys(out).length ? out : undefined;
}

function typeName(t: unknown): KeySpec['type'] {
  const m = /^<([a-z]+)>$/.exec(String(t ?? ''));
  return m ? (m[1] as KeySpec['type']) : 'any';
}

function keySpec(k: Yaml, ancestors: Set<unknown> = new Set()): KeySpec {
  const spec: KeySpec = { key: String(k.key), type: typeName(k.type) };
  if (k.presence === 'required') spec.required = true;
  if (Array.isArray(k.rangelist)) {
    spec.rangelist = k.rangelist.map((v: unknown) => (typeof v === 'object' ? String(v) : (v as string | number)));
  }
  if (isObject(k.range)) spec.range = { ...k.range } as KeySpec['range'];
  if (k.default !== undefined && k.default !== null && typeof k.default !== 'object') {
    spec.default = k.default as string | number | boolean;
  }
  const valuetype = k.valuetype ?? k.subtype;
  if (valuetype) spec.valuetype = String(valuetype);
  if (k.format) spec.format = String(k.format);
  const so = supportedOS(k.supportedOS);
  if (so) spec.supportedOS = so;
  if (Array.isArray(k.subkeys)) {
    // Some YAML aliases are self-referential (recursive structures): stop there and treat the level as free-form.
    if (ancestors.has(k.subkeys)) spec.recursive = true;
    else {
      const inner = new Set(ancestors).add(k.subkeys);
      spec.subkeys = k.subkeys.filter(isObject).map((s) => keySpec(s, inner));
    }
  }
  return spec;
}

/** Release name and commit from a snapshot note like ../shared/device-management/SNAPSHOT.txt, when given. */
function releaseOf(snapshot: string | undefined): { release?: string; commit?: string } {
  return {
    release: /\((Release_[^)]+)\)/.exec(snapshot ?? '')?.[1],
    commit: /commit ([0-9a-f]{40})/.exec(snapshot ?? '')?.[1],
  };
}

/**
 * The table of a set of profile YAML files (sorted by name for a deterministic result). The release and commit
 * come from the snapshot note when it names them, else from `label`. Throws when `TopLevel` or
 * `CommonPayloadKeys` is missing: that is no device-management checkout.
 */
export function schemaTableFromYaml(
  files: readonly SchemaYamlFile[],
  label: { snapshot?: string; release?: string; commit?: string } = {},
): SchemaTable {
  const payloads: Record<string, TablePayload> = {};
  let topLevel: TablePayload | undefined;
  let common: TablePayload | undefined;
  for (const { name, doc } of [...files].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
    if (!isObject(doc) || !isObject(doc.payload)) continue;
    const type = doc.payload.payloadtype;
    if (typeof type !== 'string' || !type) continue;
    const entry: TablePayload = {
      title: doc.title ? String(doc.title) : undefined,
      supportedOS: supportedOS(doc.payload.supportedOS),
      keys: (Array.isArray(doc.payloadkeys) ? doc.payloadkeys : []).filter(isObject).map((k) => keySpec(k)),
    };
    if (type === 'TopLevel') topLevel = entry;
    else if (type === 'CommonPayloadKeys') common = entry;
    else if (payloads[type]) {
      // Several files describe one payload type (e.g. com.apple.MCX): union of keys, first definition wins.
      const have = new Set(payloads[type].keys.map((k) => k.key));
      for (const k of entry.keys) if (!have.has(k.key)) payloads[type].keys.push(k);
      payloads[type].sources!.push(name);
    } else payloads[type] = { ...entry, sources: [name] };
  }
  if (!topLevel || !common) throw new Error('no TopLevel.yaml or CommonPayloadKeys.yaml among the profile files');
  const fromSnapshot = releaseOf(label.snapshot);
  return {
    source: 'apple/device-management mdm/profiles (MIT, see LICENSE-apple-device-management.txt)',
    release: fromSnapshot.release ?? label.release ?? 'unknown release',
    commit: fromSnapshot.commit ?? label.commit,
    topLevel,
    common,
    payloads,
  };
}

/**
 * The table as generated/profileSchema.json is written: one payload a line (compact, yet diffs stay readable when
 * the schema is regenerated), payload types sorted.
 */
export function schemaTableJson(table: SchemaTable): string {
  const lines = [
    '{',
    `"source": ${JSON.stringify(table.source)},`,
    `"release": ${JSON.stringify(table.release)},`,
    `"commit": ${JSON.stringify(table.commit)},`,
    `"topLevel": ${JSON.stringify(table.topLevel)},`,
    `"common": ${JSON.stringify(table.common)},`,
    '"payloads": {',
    Object.keys(table.payloads)
      .sort()
      .map((t) => `${JSON.stringify(t)}: ${JSON.stringify(table.payloads[t])}`)
      .join(',\n'),
    '}',
    '}',
    '',
  ];
  return lines.join('\n');
}
