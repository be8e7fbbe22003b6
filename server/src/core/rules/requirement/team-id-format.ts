/** N36 — an Apple-anchored requirement whose `subject.OU` is not a 10-character Team ID (catalog N36). */
import { isPlaceholderTeamId, isTeamId } from '../../knowledge/teamIds';
import { hasAppleAnchor } from '../../requirement/query';
import type { Rule } from '../types';
import { replaceTeam, teamSlots } from './teamSlots';

export const rule: Rule = {
  meta: {
    id: 'N36',
    code: 'requirement/team-id-format',
    family: 'requirement',
    severity: 'error',
    kinds: ['profile'],
    scope: 'payload',
    fixable: true,
    description: 'An Apple-anchored designated requirement compares subject.OU with something that is not a Team ID.',
    guidance: ['Q-U18'],
  },
  check(ctx) {
    const { doc } = ctx;
    for (const slot of teamSlots(doc)) {
      const v = slot.value.text;
      // Non-Apple anchors (anchor trusted, anchor = H"…") may use any OU.
      if (isTeamId(v) || isPlaceholderTeamId(v) || !hasAppleAnchor(slot.ast)) continue;
      const repaired = v.trim().toUpperCase();
      const fixable = isTeamId(repaired) && !isPlaceholderTeamId(repaired) && doc.container === 'xml';
      ctx.report({
        start: slot.start,
        end: slot.end,
        message: `"${v}" is not a 10-character Team ID.`,
        data: { value: v },
        fixes: fixable
          ? [{ title: `Change to ${repaired}`, preferred: true, edits: [replaceTeam(slot, repaired)] }]
          : [],
      });
    }
  },
};
