/**
 * The provisioning profile associated with the linted entitlements file (catalog §1.10) and the authorization
 * match: `p == v`, `p` ending in `*` and `v` starting with `p` minus the star, or `p == "*"`.
 */
import type { PlistDocument } from '../../../model/document';
import type { DictEntry, PlistNode } from '../../../model/plist';
import { isArray, isString } from '../../../model/plist';
import type { ProvisioningProfileSummary } from '../../../container/provisioningProfile';
import { summarizeProvisioningProfile } from '../../../container/provisioningProfile';
import type { ProjectTargetView } from '../../../project/types';
import type { Fix, RuleContext } from '../../types';
import { ownTarget } from '../../xfile/support/crossFile';

export interface AssociatedProfile {
  target: ProjectTargetView;
  doc: PlistDocument;
  summary: ProvisioningProfileSummary;
}

const cache = new WeakMap<PlistDocument, ProvisioningProfileSummary | null>();

export function summaryOf(doc: PlistDocument): ProvisioningProfileSummary | undefined {
  let s = cache.get(doc);
  if (s === undefined) {
    s = summarizeProvisioningProfile(doc) ?? null;
    cache.set(doc, s);
  }
  return s ?? undefined;
}

/** The linted entitlements file's target and its provisioning profile, when the model associates one. */
export function associatedProfile(ctx: RuleContext): AssociatedProfile | undefined {
  const target = ownTarget(ctx, 'entitlements');
  const doc = target?.provisioningProfile;
  if (!target || !doc) return undefined;
  const summary = summaryOf(doc);
  return summary ? { target, doc, summary } : undefined;
}

export function authorizes(p: string, v: string): boolean {
  if (p === '*' || p === v) return true;
  return p.endsWith('*') && v.startsWith(p.slice(0, -1));
}

/** Strings of a profile entitlement (a string, or an array of strings). */
export function profileStrings(node: PlistNode | null | undefined): string[] {
  if (isString(node)) return [node.text.trim()];
  if (isArray(node)) return node.items.filter(isString).map((s) => s.text.trim());
  return [];
}

export function isAuthorizedBy(values: readonly string[], v: string): boolean {
  return values.some((p) => authorizes(p, v));
}

export function profileEntry(a: AssociatedProfile, key: string): DictEntry | undefined {
  return a.summary.entitlements?.map.get(key);
}

export const KIND_LABEL: Record<string, string> = {
  'developer-id': 'Developer ID',
  development: 'Development',
  'app-store': 'App Store / Ad Hoc / Enterprise',
};

/**
 * The command fix "show the profile's entitlements" (catalog N01, N23): opens the provisioning profile's decoded,
 * read-only view in the editor. The entitlements cannot be fixed in the file; the profile says what is authorized.
 */
export function showProfileFix(a: AssociatedProfile, name: string): Fix {
  return {
    title: `Show the entitlements of provisioning profile "${name}"`,
    edits: [],
    command: { id: 'nelint.showDecodedContent', arguments: [a.doc.path] },
  };
}
