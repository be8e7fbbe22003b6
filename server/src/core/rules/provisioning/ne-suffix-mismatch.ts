/**
 * N01 — the flagship cross-file check: an NE value that the associated provisioning profile authorizes only in
 * its other suffix family (Xcode: "Provisioning profile … doesn't match the entitlements file's value for the
 * com.apple.developer.networking.networkextension entitlement"), caught before the build.
 */
import type { Fix, FileEdit, Rule } from '../types';
import { replaceContent } from '../fixHelpers';
import { SUFFIXABLE, SUFFIXED, baseOf, suffixedOf } from '../../knowledge/neValues';
import { NE_KEY, neArray, relatedAt, targetNe } from '../xfile/support/crossFile';
import type { NeArray } from '../xfile/support/crossFile';
import {
  KIND_LABEL,
  associatedProfile,
  isAuthorizedBy,
  profileEntry,
  profileStrings,
  showProfileFix,
} from './support/profile';

function alternative(v: string): string | undefined {
  if (SUFFIXABLE.has(v)) return suffixedOf(v);
  if (SUFFIXED.has(v)) return baseOf(v);
  return undefined;
}

/** Edits turning every value of `ne` that has the same direction of change into its other form. */
function sameChange(ne: NeArray, toSuffixed: boolean) {
  return ne.items
    .filter((i) => i.complete && (toSuffixed ? SUFFIXABLE.has(i.value) : SUFFIXED.has(i.value)))
    .map((i) => replaceContent(i.node, (toSuffixed ? suffixedOf(i.value) : baseOf(i.value))!));
}

export const rule: Rule = {
  meta: {
    id: 'N01',
    code: 'provisioning/ne-suffix-mismatch',
    family: 'provisioning',
    severity: 'error',
    kinds: ['entitlements'],
    fixable: true,
    fixAll: true,
    needsProject: true,
    description:
      'An NE entitlement value is authorized by the provisioning profile only with (or without) the -systemextension suffix.',
    guidance: ['Q-U01', 'Q-U02', 'Q-U03', 'Q-U04', 'Q-D03', 'Q-D04', 'Q-D07', 'Q-U06', 'Q-D32'],
    supersedes: [
      { code: 'provisioning/entitlement-not-authorized', scope: 'node' },
      { code: 'entitlements/ne-devid-requires-systemextension-suffix', scope: 'node' },
      { code: 'entitlements/ne-systemextension-suffix-outside-devid', scope: 'node' },
    ],
  },
  check(ctx) {
    const a = associatedProfile(ctx);
    if (!a) return;
    const entry = profileEntry(a, NE_KEY);
    const allowed = profileStrings(entry?.value);
    if (!entry || allowed.length === 0) return;
    const ne = neArray(ctx.doc, ctx.file.lookupVariable);
    const siblings = (ctx.project?.targets ?? []).filter((t) => t !== a.target && t.entitlements);
    const name = a.summary.name ?? a.doc.path;
    const kind = KIND_LABEL[a.summary.kind];
    for (const item of ne?.items ?? []) {
      if (!item.complete || isAuthorizedBy(allowed, item.value)) continue;
      const alt = alternative(item.value);
      if (!alt || !isAuthorizedBy(allowed, alt)) continue;
      const toSuffixed = SUFFIXABLE.has(item.value);
      const fixes: Fix[] = [{ title: `Change to "${alt}"`, preferred: true, edits: [replaceContent(item.node, alt)] }];
      const otherFiles: FileEdit[] = [];
      for (const t of siblings) {
        const other = targetNe(t);
        const edits = other ? sameChange(other, toSuffixed) : [];
        if (edits.length && t.entitlements) otherFiles.push({ path: t.entitlements.path, edits });
      }
      if (otherFiles.length) {
        fixes.push({
          title: `Apply the same suffix change to the other entitlements files of configuration "${ctx.project?.configuration}"`,
          edits: sameChange(ne!, toSuffixed),
          otherFiles,
        });
      }
      fixes.push(showProfileFix(a, name));
      ctx.report({
        start: item.node.contentStart,
        end: item.node.contentEnd,
        node: { start: item.node.start, end: item.node.end },
        message:
          `"${item.raw}" is not authorized by provisioning profile "${name}" (${kind}); the profile authorizes "${alt}". ` +
          (a.summary.kind === 'developer-id'
            ? 'Developer ID builds must use the -systemextension values.'
            : 'Development and App Store builds use the values without -systemextension.'),
        related: [relatedAt(a.doc, entry.value ?? entry.key, `Profile "${name}" authorizes these values`)],
        fixes,
        data: { value: item.raw, alternative: alt, profile: a.doc.path },
      });
    }
  },
};
