/**
 * Summary of a decoded provisioning profile (`.provisionprofile` / `.mobileprovision`): the keys named in
 * catalog §1.10 plus its distribution kind (§1.8 tier 2) and platform (§1.9 tier 2). Pure: reads the plist
 * tree of an already loaded document; used by the cross-file and provisioning rules and by the context.
 */
import type { PlistDocument } from '../model/document';
import { dictGet, isArray, isDict, type DictNode, type PlistNode } from '../model/plist';
import type { Platform } from '../context/types';

export type ProvisioningKind = 'developer-id' | 'development' | 'app-store';

export interface ProvisioningProfileSummary {
  name?: string;
  uuid?: string;
  /** `TeamIdentifier` array (strings only). */
  teamIds: string[];
  teamName?: string;
  /** `Platform` array as written (`OSX`, `iOS`, `tvOS`, `xrOS`, `visionOS`). */
  platforms: string[];
  creationDate?: Date;
  expirationDate?: Date;
  /** `ProvisionedDevices` UDIDs; undefined when the key is absent (distinct from an empty list). */
  provisionedDevices: string[] | undefined;
  provisionsAllDevices: boolean;
  /** The `Entitlements` dict node (positions point into the decoded document). */
  entitlements: DictNode | undefined;
  kind: ProvisioningKind;
  platform: Platform | 'unknown';
}

const PLATFORM_NAMES: Readonly<Record<string, Platform>> = {
  OSX: 'macos',
  iOS: 'ios',
  tvOS: 'tvos',
  xrOS: 'visionos',
  visionOS: 'visionos',
};

/** Undefined when the document has no root dict (unreadable or not a profile). */
export function summarizeProvisioningProfile(doc: PlistDocument): ProvisioningProfileSummary | undefined {
  const root = doc.root;
  if (!isDict(root)) return undefined;
  const ent = dictGet(root, 'Entitlements');
  const entitlements = isDict(ent) ? ent : undefined;
  const platforms = stringItems(dictGet(root, 'Platform'));
  const devices = dictGet(root, 'ProvisionedDevices');
  const provisionedDevices = devices === undefined ? undefined : stringItems(devices);
  const provisionsAllDevices = isTrue(dictGet(root, 'ProvisionsAllDevices'));
  return {
    name: stringValue(dictGet(root, 'Name')),
    uuid: stringValue(dictGet(root, 'UUID')),
    teamIds: stringItems(dictGet(root, 'TeamIdentifier')),
    teamName: stringValue(dictGet(root, 'TeamName')),
    platforms,
    creationDate: dateValue(dictGet(root, 'CreationDate')),
    expirationDate: dateValue(dictGet(root, 'ExpirationDate')),
    provisionedDevices,
    provisionsAllDevices,
    entitlements,
    kind: classify(platforms, provisionsAllDevices, provisionedDevices, entitlements),
    platform: platformOf(platforms, doc.path),
  };
}

/** §1.8 tier 2. */
function classify(
  platforms: string[],
  allDevices: boolean,
  devices: string[] | undefined,
  entitlements: DictNode | undefined,
): ProvisioningKind {
  if (platforms.includes('OSX') && allDevices) return 'developer-id';
  const getTaskAllow =
    isTrue(dictGet(entitlements, 'get-task-allow')) ||
    isTrue(dictGet(entitlements, 'com.apple.security.get-task-allow'));
  if (devices !== undefined && getTaskAllow) return 'development';
  return 'app-store';
}

/** §1.9 tier 2: exactly one platform named in `Platform`, else the file extension. */
function platformOf(platforms: string[], path: string): Platform | 'unknown' {
  const named = new Set(platforms.map((p) => PLATFORM_NAMES[p]).filter((p): p is Platform => p !== undefined));
  if (named.size === 1) return [...named][0];
  const lower = path.toLowerCase();
  if (lower.endsWith('.provisionprofile')) return 'macos';
  if (lower.endsWith('.mobileprovision')) return 'ios';
  return 'unknown';
}

function stringValue(n: PlistNode | undefined): string | undefined {
  return n?.kind === 'string' ? n.text.trim() : undefined;
}

function stringItems(n: PlistNode | undefined): string[] {
  if (!isArray(n)) return [];
  const out: string[] = [];
  for (const item of n.items) if (item.kind === 'string') out.push(item.text.trim());
  return out;
}

function isTrue(n: PlistNode | undefined): boolean {
  return n?.kind === 'boolean' && n.text === 'true';
}

function dateValue(n: PlistNode | undefined): Date | undefined {
  if (n?.kind !== 'date') return undefined;
  const d = new Date(n.text.trim());
  return Number.isNaN(d.getTime()) ? undefined : d;
}
