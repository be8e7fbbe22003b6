/** N49 — a Team ID slot of a system-extension policy that is malformed or a placeholder (catalog N49, T4). */
import { isPlaceholderTeamId, isTeamId } from '../../knowledge/teamIds';
import type { KeyNode, ScalarNode } from '../../model/plist';
import { hasBuildVariable } from '../../text/buildVariables';
import { replaceContent } from '../fixHelpers';
import type { Fix, Rule } from '../types';
import { isRealTeamId, policyPayloads } from './policy';

function repairFix(node: ScalarNode | KeyNode, raw: string): Fix[] {
  const repaired = raw.trim().toUpperCase();
  if (repaired === raw || !isRealTeamId(repaired)) return [];
  return [{ title: `Change to ${repaired}`, preferred: true, edits: [replaceContent(node, repaired)] }];
}

export const rule: Rule = {
  meta: {
    id: 'N49',
    code: 'sysext-policy/team-id-format',
    family: 'sysext-policy',
    severity: 'error',
    kinds: ['profile'],
    scope: 'payload',
    fixable: true,
    description: 'A Team ID in a system extension policy is not a 10-character Team ID or is a placeholder.',
    guidance: ['Q-U54'],
  },
  check(ctx) {
    const { doc } = ctx;
    const canFix = doc.container === 'xml';
    const check = (raw: string, span: { start: number; end: number }, node: ScalarNode | KeyNode) => {
      if (hasBuildVariable(raw)) return;
      const placeholder = isPlaceholderTeamId(raw.trim());
      if (isTeamId(raw) && !placeholder) return;
      ctx.report({
        ...span,
        message: `"${raw}" is not a valid Team ID${placeholder ? ' (placeholder)' : ''}.`,
        data: { value: raw, placeholder },
        fixes: canFix ? repairFix(node, raw) : [],
      });
    };
    for (const p of policyPayloads(doc)) {
      for (const n of p.allowedTeams) check(n.text, { start: n.contentStart, end: n.contentEnd }, n);
      for (const entries of p.dicts.values()) {
        for (const { entry } of entries) check(entry.key.text, entry.key, entry.key);
      }
    }
  },
};
