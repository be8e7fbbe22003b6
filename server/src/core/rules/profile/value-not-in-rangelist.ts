/**
 * N70 · profile/value-not-in-rangelist — a literal value outside the YAML `rangelist`. Warning when exactly one
 * allowed value differs only in case (preferred fix), error otherwise (a choice of the allowed values).
 */
import type { Fix, Rule } from '../types';
import type { KeySpec } from '../../knowledge/profileSchema';
import { isScalar } from '../../model/plist';
import { hasBuildVariable } from '../../text/buildVariables';
import { replaceContent } from '../fixHelpers';
import { inRangelist, schemaSites } from './support/schemaSites';
import { PROFILE_KINDS, expectedKind, valueAnchor } from './support/common';
import { ownedByEnvelopeRules } from './value-type-mismatch';

/** At most this many "Change to …" choices (long rangelists stay readable in the light bulb). */
const MAX_CHOICES = 12;

function message(key: string, value: string, spec: KeySpec): string {
  const allowed = (spec.rangelist ?? []).map(String).join(', ');
  if (key === 'VPNType' && value === 'PPTP') {
    return `"PPTP" is not a valid VPNType: PPTP was removed from the schema; allowed: ${allowed}.`;
  }
  return `"${value}" is not a valid ${key}; allowed: ${allowed}.`;
}

export const rule: Rule = {
  meta: {
    id: 'N70',
    code: 'profile/value-not-in-rangelist',
    family: 'profile',
    severity: 'error',
    kinds: PROFILE_KINDS,
    scope: 'payload',
    fixable: true,
    description: "A profile value is not one of the values Apple's schema allows for the key.",
    guidance: ['Q-U29'],
  },
  check(ctx) {
    // Only sites whose spec has a rangelist and whose value is not a listed one (in document order).
    const { outsideRangelist } = schemaSites(ctx.doc, ctx.file.schemaScope);
    for (const site of outsideRangelist) {
      const { node, spec } = site;
      const list = spec.rangelist;
      if (!list?.length || !isScalar(node) || ownedByEnvelopeRules(site)) continue;
      const want = expectedKind(spec.type);
      if (want && want !== node.kind) continue; // N69's
      if (inRangelist(node, list) || hasBuildVariable(node.text)) continue;
      const value = node.text.trim();
      const caseOnly = list.filter((v) => String(v).toLowerCase() === value.toLowerCase());
      const key = site.entry ? site.entry.key.text : site.path;
      let fixes: Fix[];
      if (caseOnly.length === 1 && node.kind === 'string') {
        const to = String(caseOnly[0]);
        fixes = [{ title: `Change to "${to}"`, preferred: true, edits: [replaceContent(node, to)] }];
      } else if (node.kind === 'boolean') {
        fixes = [];
      } else {
        fixes = list.slice(0, MAX_CHOICES).map((v) => ({
          title: `Change to "${String(v)}"`,
          edits: [replaceContent(node, String(v))],
        }));
      }
      ctx.report({
        ...valueAnchor(node),
        severity: caseOnly.length === 1 ? 'warning' : 'error',
        message: message(key, value, spec),
        data: { allowed: list },
        fixes,
      });
    }
  },
};
