/**
 * T1 — values of com.apple.developer.networking.networkextension (catalog §1.12), loaded from
 * `data/neValues.json`. Adding a value Apple introduces is a one-line data change.
 */
import data from './data/neValues.json';
import type { Platform } from '../context/types';

export const NE_KEY = data.key;
export const NE_VALUES_VERSION: string = data.version;
export const SYSTEM_EXTENSION_SUFFIX = data.suffix;

export interface NeValue {
  value: string;
  /** The Developer ID (`-systemextension`) counterpart, when one exists. */
  suffixed?: string;
  /** Provider kinds (T2 extension points) the value authorizes. */
  kinds: readonly string[];
  description: string;
  source: string;
}

export const NE_VALUES: readonly NeValue[] = data.values as NeValue[];
const BY_VALUE = new Map(NE_VALUES.map((v) => [v.value, v]));
const BY_SUFFIXED = new Map(NE_VALUES.filter((v) => v.suffixed).map((v) => [v.suffixed!, v]));

/** Values that have a `-systemextension` form. */
export const SUFFIXABLE: ReadonlySet<string> = new Set([...BY_SUFFIXED.values()].map((v) => v.value));
/** The `-systemextension` forms. */
export const SUFFIXED: ReadonlySet<string> = new Set(BY_SUFFIXED.keys());
/** Every value nelint knows: T1 plus the suffixed forms. */
export const KNOWN: ReadonlySet<string> = new Set([...BY_VALUE.keys(), ...BY_SUFFIXED.keys()]);
/** Known values without a suffixed form (`dns-settings`, `app-push-provider`, …). */
export const UNSUFFIXABLE: ReadonlySet<string> = new Set(NE_VALUES.filter((v) => !v.suffixed).map((v) => v.value));

/** The T1 record of a base or suffixed value. */
export function neValue(v: string): NeValue | undefined {
  return BY_VALUE.get(v) ?? BY_SUFFIXED.get(v);
}

/** `packet-tunnel-provider-systemextension` → `packet-tunnel-provider`; a base value → itself. */
export function baseOf(v: string): string | undefined {
  if (BY_VALUE.has(v)) return v;
  return BY_SUFFIXED.get(v)?.value;
}

/** `packet-tunnel-provider` → `packet-tunnel-provider-systemextension`; undefined when none exists. */
export function suffixedOf(v: string): string | undefined {
  if (BY_SUFFIXED.has(v)) return v;
  return BY_VALUE.get(v)?.suffixed;
}

export function isSuffixed(v: string): boolean {
  return BY_SUFFIXED.has(v);
}

interface PlatformRestriction {
  suffixed?: boolean;
  values?: string[];
  platforms: string[];
  reason: string;
}
const RESTRICTIONS = data.platformRestrictions as PlatformRestriction[];

/** Why `v` is not accepted on `platform` (N09), or undefined when it is (or when nelint does not know). */
export function platformRestriction(v: string, platform: Platform): string | undefined {
  for (const r of RESTRICTIONS) {
    if (!r.platforms.includes(platform)) continue;
    if ((r.suffixed && BY_SUFFIXED.has(v)) || r.values?.includes(v)) return r.reason;
  }
  return undefined;
}

/** Values that belong to another entitlement key (e.g. `allow-vpn` → the Personal VPN key). */
export function misplacedValueKey(v: string): string | undefined {
  return (data.misplaced as Record<string, string>)[v];
}
