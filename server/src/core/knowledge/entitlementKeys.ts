/**
 * The entitlement key catalog used by hovers, completion and `entitlements/wrong-value-type` (N10),
 * loaded from `data/entitlementKeys.json`: type, platforms, a description in nelint's words, the Apple
 * documentation link, and the quote ids of the catalog's hover index (§3.1).
 */
import data from './data/entitlementKeys.json';
import type { Platform } from '../context/types';

export type EntitlementType = 'array-of-string' | 'boolean' | 'string';

export interface EntitlementKey {
  key: string;
  type: EntitlementType;
  /** True for the keys of N10's table (only these are type-checked). */
  typeChecked: boolean;
  platforms: readonly Exclude<Platform, 'unknown'>[];
  description: string;
  docsUrl: string;
  /** Rule codes linked from the hover (catalog §3.1). */
  rules: readonly string[];
  quotes: readonly string[];
  background?: string;
  /** Completion values: a literal list or the name of a value source (`ne`, `app-groups`, `keychain-groups`). */
  values?: readonly string[] | string;
}

interface RawKey {
  key: string;
  type: string;
  typeChecked?: boolean;
  platforms: string[];
  description: string;
  rules?: string[];
  quotes?: string[];
  background?: string;
  values?: string[] | string;
}

export const ENTITLEMENT_KEYS_VERSION: string = data.version;

export const ENTITLEMENT_KEYS: readonly EntitlementKey[] = (data.keys as RawKey[]).map((k) => ({
  key: k.key,
  type: k.type as EntitlementType,
  typeChecked: k.typeChecked ?? false,
  platforms: k.platforms as EntitlementKey['platforms'],
  description: k.description,
  docsUrl: data.docsBase + k.key,
  rules: k.rules ?? [],
  quotes: k.quotes ?? [],
  background: k.background,
  values: k.values,
}));
const BY_KEY = new Map(ENTITLEMENT_KEYS.map((k) => [k.key, k]));

export function entitlementKey(key: string): EntitlementKey | undefined {
  return BY_KEY.get(key);
}

export interface ValueHover {
  quotes: readonly string[];
  contentFilterQuotes?: readonly string[];
  description?: string;
}

/** Hover data for values (§3.1 rows): `suffixable`, `suffixed`, `<value>@<platform>`, `<value>`, `keychain:<group>`. */
export function valueHover(id: string): ValueHover | undefined {
  return (data.valueHover as Record<string, ValueHover>)[id];
}

/** Human wording of a type, e.g. "an array of strings". */
export function describeType(t: EntitlementType): string {
  return t === 'array-of-string' ? 'an array of strings' : t === 'boolean' ? 'a boolean' : 'a string';
}
