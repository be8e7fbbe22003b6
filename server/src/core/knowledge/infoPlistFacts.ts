/**
 * Facts about an Info.plist that several rules and the context resolver need (catalog §1.5, §1.7):
 * is the file complete or a partial one that Xcode completes at build time, and which bundle role does
 * its own content (or its path inside a built bundle) reveal. Pure functions over the plist tree.
 */
import type { PlistDocument } from '../model/document';
import { isDict, isString } from '../model/plist';
import type { DictNode, PlistNode } from '../model/plist';
import type { Role } from '../context/types';
import { hasBuildVariable } from '../text/buildVariables';

export const NE_POINT_PREFIX = 'com.apple.networkextension.';

/** Where a role came from; the package type is listed separately because N15 must not use it as evidence. */
export type RoleEvidence =
  | 'package-type'
  | 'network-extension-dict'
  | 'nsextension-dict'
  | 'exappextension-dict'
  | 'systemextension-path'
  | 'appex-path';

export interface RoleFacts {
  role: Role;
  /** Every piece of evidence found for `role`, in catalog order. */
  evidence: RoleEvidence[];
}

function rootDict(root: PlistNode | null | undefined): DictNode | undefined {
  return isDict(root) ? root : undefined;
}

/** A value counts as "present" for completeness when it is a non-empty literal or build variable. */
function hasValue(dict: DictNode, key: string): boolean {
  const v = dict.map.get(key)?.value;
  return isString(v) && v.text.trim() !== '';
}

/**
 * Complete = the root dict has both `CFBundleIdentifier` and `CFBundleExecutable` (literal or variable).
 * Anything else is partial: Xcode's `GENERATE_INFOPLIST_FILE` merges the missing keys at build time.
 */
export function isCompleteInfoPlist(root: PlistNode | null | undefined): boolean {
  const dict = rootDict(root);
  return !!dict && hasValue(dict, 'CFBundleIdentifier') && hasValue(dict, 'CFBundleExecutable');
}

/** The literal `CFBundlePackageType` (trimmed), or undefined when absent, not a string, or a build variable. */
export function literalPackageType(root: PlistNode | null | undefined): string | undefined {
  const v = rootDict(root)?.map.get('CFBundlePackageType')?.value;
  if (!isString(v) || hasBuildVariable(v.text)) return undefined;
  return v.text.trim();
}

function insideBundle(path: string, ext: string): boolean {
  return path.replace(/\\/g, '/').toLowerCase().includes(`.${ext}/`);
}

/** Evidence for a system-extension role, ignoring `CFBundlePackageType`. */
export function systemExtensionEvidence(doc: PlistDocument): RoleEvidence[] {
  const out: RoleEvidence[] = [];
  if (isDict(rootDict(doc.root)?.map.get('NetworkExtension')?.value)) out.push('network-extension-dict');
  if (insideBundle(doc.path, 'systemextension')) out.push('systemextension-path');
  return out;
}

/** Evidence for an app-extension role, ignoring `CFBundlePackageType`. */
export function appExtensionEvidence(doc: PlistDocument): RoleEvidence[] {
  const root = rootDict(doc.root);
  const out: RoleEvidence[] = [];
  if (isDict(root?.map.get('NSExtension')?.value)) out.push('nsextension-dict');
  if (isDict(root?.map.get('EXAppExtensionAttributes')?.value)) out.push('exappextension-dict');
  if (insideBundle(doc.path, 'appex')) out.push('appex-path');
  return out;
}

/**
 * Role of a single Info.plist without a project model (catalog §1.7): `SYSX`, a `NetworkExtension` dict or a
 * `.systemextension/` path → system-extension; `XPC!`, an `NSExtension`/`EXAppExtensionAttributes` dict or an
 * `.appex/` path → app-extension; `APPL` → app; otherwise unknown.
 */
export function singleFileRole(doc: PlistDocument): RoleFacts {
  const type = literalPackageType(doc.root);
  const sysex = systemExtensionEvidence(doc);
  if (type === 'SYSX') sysex.unshift('package-type');
  if (sysex.length) return { role: 'system-extension', evidence: sysex };
  const appex = appExtensionEvidence(doc);
  if (type === 'XPC!') appex.unshift('package-type');
  if (appex.length) return { role: 'app-extension', evidence: appex };
  if (type === 'APPL') return { role: 'app', evidence: ['package-type'] };
  return { role: 'unknown', evidence: [] };
}

/** The point name of a full NE extension-point identifier (`com.apple.networkextension.dns-proxy` → `dns-proxy`). */
export function nePointName(identifier: string): string | undefined {
  return identifier.startsWith(NE_POINT_PREFIX) ? identifier.slice(NE_POINT_PREFIX.length) : undefined;
}
