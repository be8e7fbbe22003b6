/** N33 — the requirement's `identifier` differs from the paired bundle-identifier key (catalog N33). */
import { escapeXml, replaceContent } from '../fixHelpers';
import { unconditionalIdentifier } from '../../requirement/query';
import { requirementLiteral, requirementSites, sourceSpan } from '../../requirement/sites';
import { hasBuildVariable } from '../../text/buildVariables';
import type { Rule } from '../types';

export const rule: Rule = {
  meta: {
    id: 'N33',
    code: 'requirement/identifier-mismatch',
    family: 'requirement',
    severity: 'error',
    kinds: ['profile'],
    scope: 'payload',
    fixable: true,
    description: "The designated requirement's identifier does not match the paired bundle identifier.",
    guidance: ['Q-U18'],
  },
  check(ctx) {
    const { doc } = ctx;
    for (const site of requirementSites(doc)) {
      if (!site.parsed?.ok || !site.pair || !site.pairKey) continue;
      const clause = unconditionalIdentifier(site.parsed.ast);
      if (!clause || clause.value.kind === 'hash' || clause.value.text.includes('*')) continue;
      const bundleId = site.pair.text.trim();
      const drId = clause.value.text;
      // Equal identifiers first: the usual case, and then the variable scan is not needed.
      if (!bundleId || drId === bundleId || hasBuildVariable(site.pair.text)) continue;
      const v = clause.value;
      const quoted = v.kind === 'string';
      const inner = quoted ? requirementLiteral(bundleId, true).slice(1, -1) : requirementLiteral(bundleId, false);
      const replaceSpan = quoted
        ? sourceSpan(doc, site.node, v.innerStart, v.innerEnd)
        : sourceSpan(doc, site.node, v.start, v.end);
      const canFix = doc.container === 'xml';
      ctx.report({
        ...sourceSpan(doc, site.node, v.start, v.end),
        message: `Designated requirement names identifier "${drId}" but ${site.pairKey} is "${bundleId}".`,
        data: { requirementIdentifier: drId, bundleIdentifier: bundleId, bundleKey: site.pairKey },
        related: [{ start: site.pair.start, end: site.pair.end, message: `${site.pairKey} is "${bundleId}"` }],
        fixes: canFix
          ? [
              {
                title: `Change the requirement's identifier to "${bundleId}"`,
                preferred: true,
                edits: [{ ...replaceSpan, newText: escapeXml(inner) }],
              },
              { title: `Change ${site.pairKey} to "${drId}"`, edits: [replaceContent(site.pair, drId)] },
            ]
          : [],
      });
    }
  },
};
