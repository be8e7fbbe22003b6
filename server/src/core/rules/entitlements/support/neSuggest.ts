/**
 * N08's suggestion for an unknown NE value: normalise the common misspellings of the suffix, map extension
 * points and bare provider kinds to their entitlement value, then T7 (distance ≤ 3) over the known values.
 */
import { didYouMean } from '../../../knowledge/didYouMean';
import { KNOWN, SYSTEM_EXTENSION_SUFFIX, UNSUFFIXABLE, baseOf } from '../../../knowledge/neValues';
import { EXTENSION_POINT_PREFIX, extensionPoint } from '../../../knowledge/extensionPoints';

/** Bare kinds and near-miss names → the T1 value (catalog N08). */
const KIND_ALIASES: Record<string, string> = {
  'packet-tunnel': 'packet-tunnel-provider',
  'app-proxy': 'app-proxy-provider',
  'content-filter': 'content-filter-provider',
  'filter-data': 'content-filter-provider',
  'filter-packet': 'content-filter-provider',
  'filter-control': 'content-filter-provider',
  'dns-proxy-provider': 'dns-proxy',
  'dns-settings-provider': 'dns-settings',
  'app-push': 'app-push-provider',
  'url-filter': 'url-filter-provider',
};

function normaliseSuffix(s: string): { base: string; suffixed: boolean } {
  const m = /(?:-system-extension|-sysext|\.systemextension|-?systemextension)$/.exec(s);
  if (!m) return { base: s, suffixed: false };
  return { base: s.slice(0, m.index), suffixed: true };
}

function mapBase(base: string): string {
  if (base.startsWith(EXTENSION_POINT_PREFIX)) {
    const p = extensionPoint(base);
    if (p) return p.neValue;
  }
  return KIND_ALIASES[base] ?? base;
}

/** A value with no `-systemextension` form written with the suffix (`dns-settings-systemextension`). */
export function unsuffixableWithSuffix(v: string): string | undefined {
  if (!v.endsWith(SYSTEM_EXTENSION_SUFFIX)) return undefined;
  const base = v.slice(0, -SYSTEM_EXTENSION_SUFFIX.length);
  return UNSUFFIXABLE.has(base) ? base : undefined;
}

export function suggestNeValue(input: string): string | undefined {
  const plain = unsuffixableWithSuffix(input);
  if (plain) return plain;
  const lowered = input
    .trim()
    .toLowerCase()
    .replace(/[_\s]+/g, '-');
  const { base, suffixed } = normaliseSuffix(lowered);
  const mapped = mapBase(base);
  let candidate = suffixed ? mapped + SYSTEM_EXTENSION_SUFFIX : mapped;
  // `dns-settings-sysext` → `dns-settings`: never suggest a suffixed form that does not exist.
  if (suffixed && UNSUFFIXABLE.has(mapped)) candidate = mapped;
  if (KNOWN.has(candidate)) return candidate === input ? undefined : candidate;
  const s = didYouMean(candidate, KNOWN, { maxDistance: 3 });
  return s === input ? undefined : (s ?? undefined);
}

export { baseOf };
