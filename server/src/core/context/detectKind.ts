/**
 * File-kind detection (catalog §1.4): explicit (directive, nelint.json `files`) > file name > content.
 */
import type { FileKind, PlistDocument } from '../model/document';
import { isDict } from '../model/plist';

const KINDS: readonly FileKind[] = ['entitlements', 'info-plist', 'profile', 'provisioning-profile', 'plist'];

export function isFileKind(s: string | undefined): s is FileKind {
  return !!s && (KINDS as readonly string[]).includes(s);
}

const INFO_PLIST_NAME = /^(info\.plist(\.in)?|.*-info\.plist|.*\.info\.plist(\.in)?|info\..*\.plist(\.in)?)$/i;

export function kindFromFileName(path: string): FileKind | undefined {
  const base = path.replace(/\\/g, '/').split('/').pop() ?? path;
  const lower = base.toLowerCase();
  if (lower.endsWith('.entitlements')) return 'entitlements';
  if (lower.endsWith('.mobileconfig')) return 'profile';
  if (lower.endsWith('.mobileprovision') || lower.endsWith('.provisionprofile')) return 'provisioning-profile';
  if (INFO_PLIST_NAME.test(base)) return 'info-plist';
  return undefined;
}

const INFO_KEYS = [
  'CFBundleIdentifier',
  'CFBundleExecutable',
  'CFBundlePackageType',
  'NSExtension',
  'NetworkExtension',
  'EXAppExtensionAttributes',
];
const ENTITLEMENT_PREFIXES = [
  'com.apple.developer.',
  'com.apple.security.',
  'com.apple.application-identifier',
  'keychain-access-groups',
  'application-identifier',
];

export function kindFromContent(doc: PlistDocument): FileKind {
  const root = doc.root;
  if (!isDict(root)) return 'plist';
  const keys = [...root.map.keys()];
  const type = root.map.get('PayloadType')?.value;
  if (root.map.has('PayloadContent') || (type && type.kind === 'string' && type.text.trim() === 'Configuration')) {
    return 'profile';
  }
  // Decoded provisioning profiles carry these keys together; they are never Info.plists or entitlements.
  if (root.map.has('ProvisionedDevices') || (root.map.has('TeamIdentifier') && root.map.has('Entitlements'))) {
    return 'provisioning-profile';
  }
  if (keys.some((k) => INFO_KEYS.includes(k))) return 'info-plist';
  const hasBundleKey = keys.some((k) => k.startsWith('CFBundle'));
  if (!hasBundleKey && keys.some((k) => ENTITLEMENT_PREFIXES.some((p) => k.startsWith(p)))) return 'entitlements';
  return 'plist';
}
