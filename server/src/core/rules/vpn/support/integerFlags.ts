/**
 * The `<integer>` keys with rangelist exactly [0, 1] of com.apple.vpn.managed / .applayer, computed from the
 * pinned schema (knowledge/generated/profileSchema.json, generated from Apple's YAML) — not hard-coded (N41).
 * Grouped by the dict path inside the payload ('' = the payload dict, 'VPN', 'IKEv2', …).
 */
import schema from '../../../knowledge/generated/profileSchema.json';

interface SchemaKey {
  key: string;
  type?: string;
  rangelist?: unknown[];
  subkeys?: SchemaKey[];
}

function isZeroOneInteger(k: SchemaKey): boolean {
  const r = k.rangelist;
  return k.type === 'integer' && Array.isArray(r) && r.length === 2 && r.includes(0) && r.includes(1);
}

function collect(keys: SchemaKey[] | undefined, path: string, out: Map<string, Set<string>>): void {
  for (const k of keys ?? []) {
    if (isZeroOneInteger(k)) {
      const set = out.get(path) ?? new Set<string>();
      set.add(k.key);
      out.set(path, set);
    }
    // Only dictionaries are followed: the flags live in fixed sub-dicts (array items are not addressed by name).
    if (k.type === 'dictionary' && k.subkeys) collect(k.subkeys, path ? `${path}/${k.key}` : k.key, out);
  }
}

function build(): Map<string, Set<string>> {
  const out = new Map<string, Set<string>>();
  const payloads = (schema as unknown as { payloads: Record<string, { keys?: SchemaKey[] }> }).payloads;
  for (const type of ['com.apple.vpn.managed', 'com.apple.vpn.managed.applayer']) {
    collect(payloads[type]?.keys, '', out);
  }
  return out;
}

/** dict path → flag key names. */
export const VPN_INTEGER_FLAGS: ReadonlyMap<string, ReadonlySet<string>> = build();
