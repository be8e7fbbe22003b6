/**
 * N70 · profile/value-not-in-rangelist — a literal value outside the YAML `rangelist`. Warning when exactly one
 * allowed value differs only in case (preferred fix), error otherwise (a choice of the allowed values).
 */
import type { Fix, Rule } from '../types';
import type { KeySpec } from '../../knowledge/profileSchema';
import type { ScalarNode } from '../../model/plist';
import { isScalar } from '../../model/plist';
import { hasBuildVariable } from '../../text/buildVariables';
import { replaceContent } from '../fixHelpers';
import { schemaSites } from './support/schemaSites';
import { PROFILE_KINDS, expectedKind, valueAnchor } from './support/common';
import { ownedByEnvelopeRules } from './value-type-mismatch';

/** At most this many "Change to …" choices (long rangelists stay readable in the light bulb). */
const MAX_CHOICES = 12;

/** Plain loops, no closures: this runs for every rangelist value of a profile (short lists). */
function inList(node: ScalarNode, list: readonly (string | number | boolean)[]): boolean {
  const t = node.kind === 'string' ? node.text : node.text.trim();
  if (node.kind === 'integer' || node.kind === 'real') {
    const n = Number(t);
    for (const v of list) if (typeof v === 'number' && v === n) return true;
    return false;
  }
  for (const v of list) if (String(v) === t) return true;
  return false;
}

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
    // Only sites whose spec has a rangelist (in document order).
    const { rangelisted } = schemaSites(ctx.doc, ctx.file.schemaScope);
    for (const site of rangelisted) {
      const { node, spec } = site;
      const list = spec.rangelist;
      if (!list?.length || !isScalar(node) || ownedByEnvelopeRules(site)) continue;
      const want = expectedKind(spec.type);
      if (want && want !== node.kind) continue; // N69's
      // The list first: nearly every value is allowed, and then the variable scan is not needed.
      if (inList(node, list) || hasBuildVariable(node.text)) continue;
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
