/**
 * The Info.plist key catalog for hovers and completion (`data/infoPlistKeys.json`): for each key its type, the
 * dict it lives in, platforms, the bundle roles it applies to, nelint's description, Apple's docs link, the
 * catalog §3.2 quotes and Background facts. Extension-point keys of `NEProviderClasses` come from T2.
 */
import data from './data/infoPlistKeys.json';
import type { BackgroundFact } from './background';
import type { Platform, Role } from '../context/types';

export type InfoPlistKeyType = 'string' | 'boolean' | 'integer' | 'dict' | 'array';
/** The dict a key belongs in: `root` or the container key's name. */
export type InfoPlistLocation =
  'root' | 'NSExtension' | 'NetworkExtension' | 'EXAppExtensionAttributes' | 'NSAppTransportSecurity';

export interface InfoPlistKeyInfo {
  key: string;
  type: InfoPlistKeyType;
  location: InfoPlistLocation;
  platforms: Exclude<Platform, 'unknown'>[];
  /** Bundle roles the key is meant for; absent = any bundle. */
  roles?: Exclude<Role, 'unknown'>[];
  description: string;
  docs: string;
  quotes?: string[];
  /** Extra quotes shown only for a role (e.g. CFBundleIdentifier of a system extension). */
  quotesByRole?: Partial<Record<Role, string[]>>;
  background?: BackgroundFact[];
  rules?: string[];
  /** Value inserted by completion, snippet syntax, lines after the first relative to the value (tabs). */
  value?: string;
  /** Suggested values for string keys. */
  values?: string[];
}

export const INFO_PLIST_KEY_CATALOG_VERSION: string = data.version;
export const INFO_PLIST_KEY_CATALOG: readonly InfoPlistKeyInfo[] = data.keys as InfoPlistKeyInfo[];

const BY_LOCATION_AND_KEY = new Map(INFO_PLIST_KEY_CATALOG.map((k) => [`${k.location}\u0000${k.key}`, k]));

/** The catalog entry for `key` in the dict `location` (root or a container key). */
export function infoPlistKey(key: string, location: string): InfoPlistKeyInfo | undefined {
  return BY_LOCATION_AND_KEY.get(`${location}\u0000${key}`);
}

export function infoPlistKeysIn(location: string): InfoPlistKeyInfo[] {
  return INFO_PLIST_KEY_CATALOG.filter((k) => k.location === location);
}

/** Quotes for the key in this role: the general ones, then the role-specific ones. */
export function quotesFor(info: InfoPlistKeyInfo, role: Role): string[] {
  return [...(info.quotes ?? []), ...(info.quotesByRole?.[role] ?? [])];
}
