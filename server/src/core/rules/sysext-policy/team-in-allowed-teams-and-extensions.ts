/** N50 — the same team in AllowedTeamIdentifiers and as an AllowedSystemExtensions key (catalog N50). */
import { removeEntry, removeNode } from '../fixHelpers';
import type { ScalarNode } from '../../model/plist';
import type { Rule } from '../types';
import { policyPayloads } from './policy';

export const rule: Rule = {
  meta: {
    id: 'N50',
    code: 'sysext-policy/team-in-allowed-teams-and-extensions',
    family: 'sysext-policy',
    severity: 'error',
    kinds: ['profile'],
    scope: 'payload',
    fixable: true,
    description: 'A team appears both in AllowedTeamIdentifiers and as a key of AllowedSystemExtensions.',
    guidance: [],
  },
  check(ctx) {
    const { doc } = ctx;
    const canFix = doc.container === 'xml';
    for (const p of policyPayloads(doc)) {
      const teams = new Map<string, ScalarNode>();
      for (const n of p.allowedTeams) if (!teams.has(n.text.trim())) teams.set(n.text.trim(), n);
      for (const { team, entry } of p.dicts.get('AllowedSystemExtensions') ?? []) {
        const element = teams.get(team);
        if (!element) continue;
        ctx.report({
          start: entry.key.start,
          end: entry.key.end,
          message: `Team ${team} is in both AllowedTeamIdentifiers and AllowedSystemExtensions.`,
          data: { team },
          related: [{ start: element.start, end: element.end, message: `${team} in AllowedTeamIdentifiers` }],
          fixes: canFix
            ? [
                {
                  title: `Remove ${team} from AllowedTeamIdentifiers`,
                  preferred: true,
                  edits: [removeNode(doc, element)],
                },
                { title: `Remove the AllowedSystemExtensions entry for ${team}`, edits: [removeEntry(doc, entry)] },
              ]
            : [],
        });
      }
    }
  },
};
