/**
 * N05 — "both the app and the extension must be signed with the com.apple.developer.networking.networkextension
 * entitlement": the container app lacks the key (error) or a value an embedded provider's kind needs (warning).
 */
import type { Rule } from '../types';
import { insertEntry } from '../fixHelpers';
import type { ProjectTargetView } from '../../project/types';
import {
  NE_KEY,
  appendStrings,
  arrayXml,
  baseValueOfKind,
  docAnchor,
  familyOf,
  hasKindValue,
  kindsOf,
  neArray,
  ownTarget,
  relatedAt,
  rootDict,
  rootDictAnchor,
  targetNe,
  toFamily,
} from './support/crossFile';

interface Need {
  provider: ProjectTargetView;
  kind: string;
  base: string;
}

function needs(app: ProjectTargetView): Need[] {
  const out: Need[] = [];
  for (const provider of app.embeds) {
    if (provider.role === 'app') continue;
    for (const kind of kindsOf(provider)) {
      const base = baseValueOfKind(kind);
      if (base) out.push({ provider, kind, base });
    }
  }
  return out;
}

function evidence(n: Need) {
  const doc = n.provider.infoPlist ?? n.provider.entitlements;
  return doc ? [relatedAt(doc, docAnchor(doc), `"${n.provider.name}" provides ${n.kind}`)] : [];
}

export const rule: Rule = {
  meta: {
    id: 'N05',
    code: 'xfile/ne-entitlement-missing-on-app',
    family: 'xfile',
    severity: 'error',
    kinds: ['entitlements'],
    fixable: true,
    needsProject: true,
    description: 'The container app of an NE provider lacks the NE entitlement (or a value the provider needs).',
    guidance: ['Q-D01', 'Q-U08'],
  },
  check(ctx) {
    const app = ownTarget(ctx, 'entitlements');
    const root = rootDict(ctx.doc);
    if (app?.role !== 'app' || !root) return;
    const all = needs(app);
    if (all.length === 0) return;
    const ne = neArray(ctx.doc, ctx.file.lookupVariable);
    if (!ne) {
      const first = all[0];
      const family = familyOf(targetNe(first.provider)) === 'suffixed' ? 'suffixed' : 'standard';
      const values = [...new Set(all.map((n) => toFamily(n.base, family)))];
      ctx.report({
        ...rootDictAnchor(root),
        message: `Container app "${app.name}" embeds NE provider "${first.provider.name}" but is not signed with ${NE_KEY} (App Store Connect: "Missing Entitlement").`,
        related: evidence(first),
        fixes: [
          { title: `Add ${NE_KEY}`, preferred: true, edits: [insertEntry(ctx.doc, root, NE_KEY, arrayXml(values))] },
        ],
      });
      return;
    }
    if (!ne.array || ne.items.some((i) => !i.complete)) return;
    const family = familyOf(ne) === 'suffixed' ? 'suffixed' : 'standard';
    const reported = new Set<string>();
    for (const n of all) {
      if (hasKindValue(ne, n.base) || reported.has(n.base)) continue;
      reported.add(n.base);
      const value = toFamily(n.base, family);
      ctx.report({
        start: ne.entry.key.start,
        end: ne.entry.key.end,
        severity: 'warning',
        message: `Container app "${app.name}" lacks "${value}" needed to configure ${n.provider.name}'s ${n.kind} provider.`,
        related: evidence(n),
        fixes: [{ title: `Add "${value}"`, preferred: true, edits: [appendStrings(ctx.doc, ne.array, [value])] }],
      });
    }
  },
};
