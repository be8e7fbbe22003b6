/** N60 — a domain both in MatchDomains and ExcludedDomains of a relay payload (catalog N60). */
import { isArray, isString } from '../../model/plist';
import type { DictNode, ScalarNode } from '../../model/plist';
import { hasBuildVariable } from '../../text/buildVariables';
import { removeNode } from '../fixHelpers';
import type { Rule } from '../types';
import { relayPayloads } from './relayPayloads';

/** Case-insensitive, trailing dot ignored (DNS names). */
function normalize(domain: string): string {
  return domain.trim().toLowerCase().replace(/\.$/, '');
}

function domains(payload: DictNode, key: string): ScalarNode[] {
  const list = payload.map.get(key)?.value;
  if (!isArray(list)) return [];
  return list.items.filter((n): n is ScalarNode => isString(n) && !!n.text.trim() && !hasBuildVariable(n.text));
}

export const rule: Rule = {
  meta: {
    id: 'N60',
    code: 'relay/domain-matched-and-excluded',
    family: 'relay',
    severity: 'warning',
    kinds: ['profile'],
    scope: 'payload',
    fixable: true,
    description: 'A domain is listed in both MatchDomains and ExcludedDomains, so it is never relayed.',
    guidance: [],
  },
  check(ctx) {
    const { doc } = ctx;
    for (const payload of relayPayloads(doc)) {
      const excluded = new Map<string, ScalarNode>();
      for (const n of domains(payload, 'ExcludedDomains')) {
        if (!excluded.has(normalize(n.text))) excluded.set(normalize(n.text), n);
      }
      for (const n of domains(payload, 'MatchDomains')) {
        const other = excluded.get(normalize(n.text));
        if (!other) continue;
        const d = n.text.trim();
        ctx.report({
          start: n.contentStart,
          end: n.contentEnd,
          message: `"${d}" is both matched and excluded; the exclusion wins, so it is never relayed.`,
          data: { domain: d },
          related: [{ start: other.start, end: other.end, message: 'listed in ExcludedDomains' }],
          fixes:
            doc.container === 'xml'
              ? [{ title: `Remove "${d}" from MatchDomains`, preferred: true, edits: [removeNode(doc, n)] }]
              : [],
        });
      }
    }
  },
};
