/**
 * N07 — container app and embedded extension use different NE value families (suffixed vs standard) in the same
 * configuration. Reported only when the distribution is unknown (otherwise N02/N03 report each value, §1.15).
 */
import type { Rule } from '../types';
import { replaceContent } from '../fixHelpers';
import { SUFFIXABLE, SUFFIXED } from '../../knowledge/neValues';
import { containerApps, familyOf, neArray, ownTarget, relatedAt, targetNe, toFamily } from './support/crossFile';
import type { NeArray, Family } from './support/crossFile';
import type { ContextValue, Distribution } from '../../context/types';

/**
 * Decided by explicit settings, a provisioning profile or the signing identity (tiers 1–3). Tiers 4–5 are
 * inferred from the very values being compared, so they count as "unknown" here (the catalog's example pairs a
 * suffixed app with an unsuffixed extension and expects N07).
 */
const decided = (d: ContextValue<Distribution>) => d.value !== 'unknown' && d.tier <= 3;

function rewrite(ne: NeArray, family: Family) {
  return ne.items
    .filter(
      (i) => i.complete && (SUFFIXABLE.has(i.value) || SUFFIXED.has(i.value)) && toFamily(i.value, family) !== i.value,
    )
    .map((i) => replaceContent(i.node, toFamily(i.value, family)));
}

export const rule: Rule = {
  meta: {
    id: 'N07',
    code: 'xfile/ne-value-family-mismatch',
    family: 'xfile',
    severity: 'error',
    kinds: ['entitlements'],
    fixable: true,
    needsProject: true,
    description: 'The container app and its NE extension use different NE value families in the same configuration.',
    guidance: ['Q-D02', 'Q-D03', 'Q-D04', 'Q-D01'],
  },
  check(ctx) {
    const ext = ownTarget(ctx, 'entitlements');
    if (!ext || ext.role === 'app' || decided(ctx.file.distribution)) return;
    const ne = neArray(ctx.doc, ctx.file.lookupVariable);
    const fe = familyOf(ne);
    if (!ne || !fe || fe === 'neutral') return;
    for (const app of containerApps(ext)) {
      if (decided(app.context.distribution)) continue;
      const cne = targetNe(app);
      const fc = familyOf(cne);
      if (!cne || !fc || fc === 'neutral' || fc === fe) continue;
      ctx.report({
        start: ne.entry.key.start,
        end: ne.entry.key.end,
        message: `"${ext.name}" uses ${fe} NE values but its container "${app.name}" uses ${fc} values in the same configuration; both must use the family of the distribution channel.`,
        related: [relatedAt(app.entitlements!, cne.entry.key, `NE entitlement of "${app.name}"`)],
        fixes: [
          { title: `Use ${fc} values (like "${app.name}")`, preferred: true, edits: rewrite(ne, fc) },
          {
            title: `Change "${app.name}" to ${fe} values`,
            edits: [],
            otherFiles: [{ path: app.entitlements!.path, edits: rewrite(cne, fe) }],
          },
        ],
      });
      return;
    }
  },
};
