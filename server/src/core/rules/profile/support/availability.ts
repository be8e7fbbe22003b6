/** Availability of a key or payload on a platform from its effective `supportedOS` (catalog N72). */
import type { SchemaPlatform, SupportedOS } from '../../../knowledge/profileSchema';

export type Unavailable =
  { reason: 'n/a' } | { reason: 'removed'; version: string } | { reason: 'introduced'; version: string };

/** Compares dotted versions numerically (`10.15` > `10.9`); non-numeric parts count as 0. */
export function compareVersions(a: string, b: string): number {
  const pa = a.split('.').map((x) => parseInt(x, 10) || 0);
  const pb = b.split('.').map((x) => parseInt(x, 10) || 0);
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const d = (pa[i] ?? 0) - (pb[i] ?? 0);
    if (d) return d < 0 ? -1 : 1;
  }
  return 0;
}

/** Why the entry is unavailable on `platform` given an optional minimum OS, or undefined when it is available. */
export function unavailability(so: SupportedOS, platform: SchemaPlatform, minimum?: string): Unavailable | undefined {
  const entry = so[platform];
  if (!entry) return undefined;
  if (entry.introduced === 'n/a') return { reason: 'n/a' };
  if (minimum && entry.removed && entry.removed !== 'n/a' && compareVersions(entry.removed, minimum) <= 0) {
    return { reason: 'removed', version: entry.removed };
  }
  if (minimum && entry.introduced && compareVersions(entry.introduced, minimum) > 0) {
    return { reason: 'introduced', version: entry.introduced };
  }
  return undefined;
}

export const PLATFORM_NAMES: Record<SchemaPlatform, string> = {
  macos: 'macOS',
  ios: 'iOS',
  tvos: 'tvOS',
  visionos: 'visionOS',
};
