/**
 * The `<integer>` keys with rangelist exactly [0, 1] of com.apple.vpn.managed / .applayer, computed from the
 * schema table in use (the bundled one, generated from Apple's YAML, or `nelint.schemaPath`'s) — not hard-coded
 * (N41). Grouped by the dict path inside the payload ('' = the payload dict, 'VPN', 'IKEv2', …).
 */
import type { SchemaTable } from '../../../knowledge/schemaTable';
import type { KeySpec } from '../../../knowledge/profileSchema';
import { schemaTable } from '../../../knowledge/profileSchema';

function isZeroOneInteger(k: KeySpec): boolean {
  const r = k.rangelist;
  return k.type === 'integer' && Array.isArray(r) && r.length === 2 && r.includes(0) && r.includes(1);
}

function collect(keys: readonly KeySpec[] | undefined, path: string, out: Map<string, Set<string>>): void {
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

function build(table: SchemaTable): Map<string, Set<string>> {
  const out = new Map<string, Set<string>>();
  for (const type of ['com.apple.vpn.managed', 'com.apple.vpn.managed.applayer']) {
    collect(table.payloads[type]?.keys, '', out);
  }
  return out;
}

/** The flag dicts of a table: each dict path split once, with its flag key names. */
export interface FlagDict {
  segments: readonly string[];
  keys: ReadonlySet<string>;
}

const byTable = new WeakMap<SchemaTable, FlagDict[]>();

/** The flag dicts of the schema table in use (computed once per table). */
export function vpnIntegerFlagDicts(): readonly FlagDict[] {
  const table = schemaTable();
  let dicts = byTable.get(table);
  if (!dicts) {
    dicts = [...build(table)].map(([path, keys]) => ({ segments: path ? path.split('/') : [], keys }));
    byTable.set(table, dicts);
  }
  return dicts;
}
