/** T2 — Network Extension extension points (catalog §1.12), loaded from `data/extensionPoints.json`. */
import data from './data/extensionPoints.json';

export interface ExtensionPoint {
  /** Short name, e.g. `packet-tunnel`; the full identifier is `com.apple.networkextension.<point>`. */
  point: string;
  /** Valid as a key of `NetworkExtension › NEProviderClasses` (system extension). */
  systemExtension: boolean;
  /** Valid as `NSExtensionPointIdentifier` / `EXExtensionPointIdentifier` (app extension). */
  appExtension: boolean;
  /** Base NE entitlement value the provider kind needs. */
  neValue: string;
  providerClass: string;
}

export const EXTENSION_POINTS_VERSION: string = data.version;
export const EXTENSION_POINT_PREFIX: string = data.prefix;
export const EXTENSION_POINTS: readonly ExtensionPoint[] = data.points;
const BY_POINT = new Map(EXTENSION_POINTS.map((p) => [p.point, p]));

/** Accepts the short name or the full `com.apple.networkextension.<point>` identifier. */
export function extensionPoint(idOrPoint: string): ExtensionPoint | undefined {
  const p = idOrPoint.startsWith(EXTENSION_POINT_PREFIX) ? idOrPoint.slice(EXTENSION_POINT_PREFIX.length) : idOrPoint;
  return BY_POINT.get(p);
}

export function fullExtensionPointId(point: string): string {
  return EXTENSION_POINT_PREFIX + point;
}

export const SYSTEM_EXTENSION_POINTS: readonly string[] = EXTENSION_POINTS.filter((p) => p.systemExtension).map(
  (p) => p.point,
);
export const APP_EXTENSION_POINTS: readonly string[] = EXTENSION_POINTS.filter((p) => p.appExtension).map(
  (p) => p.point,
);

/** `VPN › ProviderType` value ↔ provider kind. */
export const VPN_PROVIDER_TYPES: Readonly<Record<string, string>> = data.vpnProviderTypes;
