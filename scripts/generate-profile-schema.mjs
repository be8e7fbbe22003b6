// Reads Apple's MIT-licensed device-management profile schema (../shared/device-management/mdm/profiles/*.yaml,
// YAML aliases resolved) and writes the compact table nelint ships:
//   server/src/core/knowledge/generated/profileSchema.json
//   server/src/core/knowledge/generated/LICENSE-apple-device-management.txt
// Building nelint never needs ../shared: the output is committed. Apple's prose (`content`) is NOT copied; nelint's
// own short descriptions live in knowledge/data/profileDescriptions.json. Output is deterministic (sorted files,
// YAML key order kept). Usage: node scripts/generate-profile-schema.mjs [path/to/device-management [out-dir]]
import { readFileSync, readdirSync, writeFileSync, mkdirSync, existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import YAML from 'yaml';

const repo = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const source = resolve(process.argv[2] ?? join(repo, '../shared/device-management'));
const outDir = resolve(process.argv[3] ?? join(repo, 'server/src/core/knowledge/generated'));
const profilesDir = join(source, 'mdm/profiles');
if (!existsSync(profilesDir)) {
  console.error(`generate-profile-schema: ${profilesDir} not found (expected Apple's device-management checkout).`);
  process.exit(2);
}

const PLATFORMS = { iOS: 'ios', macOS: 'macos', tvOS: 'tvos', visionOS: 'visionos' };
const OS_FIELDS = ['introduced', 'deprecated', 'removed'];

/** Keeps only what nelint uses of a supportedOS object: introduced/deprecated/removed for its four platforms. */
function supportedOS(so) {
  if (!so || typeof so !== 'object') return undefined;
  const out = {};
  for (const [apple, ours] of Object.entries(PLATFORMS)) {
    const entry = so[apple];
    if (!entry || typeof entry !== 'object') continue;
    const kept = {};
    for (const f of OS_FIELDS) if (entry[f] !== undefined) kept[f] = String(entry[f]);
    if (Object.keys(kept).length) out[ours] = kept;
  }
  return Object.keys(out).length ? out : undefined;
}

function typeName(t) {
  const m = /^<([a-z]+)>$/.exec(String(t ?? ''));
  return m ? m[1] : 'any';
}

function keySpec(k, ancestors = new Set()) {
  const spec = { key: String(k.key), type: typeName(k.type) };
  if (k.presence === 'required') spec.required = true;
  if (Array.isArray(k.rangelist)) spec.rangelist = k.rangelist.map((v) => (typeof v === 'object' ? String(v) : v));
  if (k.range && typeof k.range === 'object') spec.range = { ...k.range };
  if (k.default !== undefined && k.default !== null && typeof k.default !== 'object') spec.default = k.default;
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
      spec.subkeys = k.subkeys.map((s) => keySpec(s, inner));
    }
  }
  return spec;
}

function loadYaml(file) {
  return YAML.parse(readFileSync(join(profilesDir, file), 'utf8'), { maxAliasCount: -1 });
}

const payloads = {};
let topLevel;
let common;
for (const file of readdirSync(profilesDir)
  .filter((f) => f.endsWith('.yaml'))
  .sort()) {
  const doc = loadYaml(file);
  const type = doc?.payload?.payloadtype;
  if (!type) continue;
  const entry = {
    title: doc.title ? String(doc.title) : undefined, // payload-level display name only
    supportedOS: supportedOS(doc.payload.supportedOS),
    keys: (doc.payloadkeys ?? []).map((k) => keySpec(k)),
  };
  if (type === 'TopLevel') topLevel = entry;
  else if (type === 'CommonPayloadKeys') common = entry;
  else if (payloads[type]) {
    // Several files describe one payload type (e.g. com.apple.MCX): union of keys, first definition wins.
    const have = new Set(payloads[type].keys.map((k) => k.key));
    for (const k of entry.keys) if (!have.has(k.key)) payloads[type].keys.push(k);
    payloads[type].sources.push(file);
  } else payloads[type] = { ...entry, sources: [file] };
}

const snapshot = existsSync(join(source, 'SNAPSHOT.txt')) ? readFileSync(join(source, 'SNAPSHOT.txt'), 'utf8') : '';
const release = /\((Release_[^)]+)\)/.exec(snapshot)?.[1] ?? 'Release_iOS-18-1_macOS-15-1';
const commit = /commit ([0-9a-f]{40})/.exec(snapshot)?.[1] ?? 'b6202ca2fbd31286a52eb160b67a4db7b4fe1f1f';

// One payload per line: compact, yet diffs stay readable when the schema is regenerated.
const lines = [
  '{',
  `"source": ${JSON.stringify('apple/device-management mdm/profiles (MIT, see LICENSE-apple-device-management.txt)')},`,
  `"release": ${JSON.stringify(release)},`,
  `"commit": ${JSON.stringify(commit)},`,
  `"topLevel": ${JSON.stringify(topLevel)},`,
  `"common": ${JSON.stringify(common)},`,
  '"payloads": {',
  Object.keys(payloads)
    .sort()
    .map((t) => `${JSON.stringify(t)}: ${JSON.stringify(payloads[t])}`)
    .join(',\n'),
  '}',
  '}',
  '',
];
mkdirSync(outDir, { recursive: true });
writeFileSync(join(outDir, 'profileSchema.json'), lines.join('\n'));
writeFileSync(
  join(outDir, 'LICENSE-apple-device-management.txt'),
  `The data in profileSchema.json is derived from apple/device-management (${release}, commit ${commit}),\n` +
    `mdm/profiles/*.yaml, distributed under the following license:\n\n` +
    readFileSync(join(source, 'LICENSE.txt'), 'utf8'),
);
console.log(`profileSchema.json: ${Object.keys(payloads).length} payload types (${release})`);
