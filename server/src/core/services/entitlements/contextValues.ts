/**
 * NE entitlement values allowed in a file's context, in the order completion and hovers present them:
 * Developer ID → the -systemextension forms first; iOS-family → never the -systemextension forms;
 * development / App Store (explicit) → plain forms only; unknown → plain forms, then the suffixed ones.
 */
import type { FileContext } from '../../context/types';
import { NE_VALUES, SUFFIXED } from '../../knowledge/neValues';

const PLATFORM_NAMES: Record<string, string> = { ios: 'iOS', tvos: 'tvOS', visionos: 'visionOS', macos: 'macOS' };
const DISTRIBUTION_NAMES: Record<string, string> = {
  'developer-id': 'Developer ID',
  'app-store': 'App Store',
  development: 'development',
};

export type ValueFamily = 'suffixed-first' | 'plain-only' | 'plain-first';

export function valueFamily(file: FileContext): ValueFamily {
  const p = file.platform.value;
  if (p === 'ios' || p === 'tvos' || p === 'visionos') return 'plain-only';
  const d = file.distribution;
  if (d.value === 'developer-id') return 'suffixed-first';
  if ((d.value === 'development' || d.value === 'app-store') && d.tier >= 1 && d.tier <= 3) return 'plain-only';
  return 'plain-first';
}

export function allowedNeValues(file: FileContext): string[] {
  const plain = NE_VALUES.map((v) => v.value);
  const suffixed = [...SUFFIXED];
  const withoutSuffixable = NE_VALUES.filter((v) => !v.suffixed).map((v) => v.value);
  switch (valueFamily(file)) {
    case 'suffixed-first':
      return [...suffixed, ...withoutSuffixable];
    case 'plain-only':
      return plain;
    default:
      return [...plain, ...suffixed];
  }
}

/** "for macOS, Developer ID" — the context the allowed values were chosen for. */
export function contextLabel(file: FileContext): string {
  const parts: string[] = [];
  if (file.platform.value !== 'unknown') parts.push(PLATFORM_NAMES[file.platform.value]);
  if (file.distribution.value !== 'unknown') {
    const weak = file.distribution.confidence === 'weak' ? ' (assumed)' : '';
    parts.push(DISTRIBUTION_NAMES[file.distribution.value] + weak);
  }
  return parts.length ? `for ${parts.join(', ')}` : 'in any context (set platform/distribution to narrow this)';
}

export function isSuffixedValue(v: string): boolean {
  return SUFFIXED.has(v);
}
