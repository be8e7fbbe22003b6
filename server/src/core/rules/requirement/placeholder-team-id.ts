/** N34 — a placeholder such as `TEAMID` where a requirement needs the real Team ID (catalog N34, T4). */
import { isPlaceholderTeamId } from '../../knowledge/teamIds';
import { isRealTeamId, singlePolicyTeam } from '../sysext-policy/policy';
import type { Rule } from '../types';
import { replaceTeam, teamSlots } from './teamSlots';

export const rule: Rule = {
  meta: {
    id: 'N34',
    code: 'requirement/placeholder-team-id',
    family: 'requirement',
    severity: 'error',
    kinds: ['profile'],
    fixable: true,
    description: 'A designated requirement uses a placeholder instead of the real Team ID.',
    guidance: ['Q-U18'],
    supersedes: [{ code: 'requirement/team-id-format', scope: 'node' }],
  },
  check(ctx) {
    const { doc, file } = ctx;
    const slots = teamSlots(doc).filter((s) => isPlaceholderTeamId(s.value.text));
    if (slots.length === 0) return;
    const known = file.team && isRealTeamId(file.team) ? file.team : singlePolicyTeam(doc);
    for (const slot of slots) {
      const v = slot.value.text;
      ctx.report({
        start: slot.start,
        end: slot.end,
        message: `"${v}" is a placeholder, not a Team ID.`,
        data: { value: v, team: known },
        fixes:
          known && doc.container === 'xml'
            ? [{ title: `Replace "${v}" with ${known}`, preferred: true, edits: [replaceTeam(slot, known)] }]
            : [],
      });
    }
  },
};
