/** N44 — VPNUUID values (targets and references) should be UUIDs. */
import type { Fix, Rule } from '../types';
import { replaceContent } from '../fixHelpers';
import type { ScalarNode } from '../../model/plist';
import { isUuid } from '../../knowledge/formats';
import { newUuid } from '../../knowledge/uuid';
import { hasBuildVariable } from '../../text/buildVariables';
import { canFix, valueSpan } from './support/payloads';
import { vpnUuidGraph } from './support/vpnUuids';

export const rule: Rule = {
  meta: {
    id: 'N44',
    code: 'vpn/vpnuuid-format',
    family: 'vpn',
    severity: 'warning',
    kinds: ['profile'],
    fixable: true,
    description: 'VPNUUID should be a UUID.',
    guidance: ['Q-U25'],
  },
  check(ctx) {
    const g = vpnUuidGraph(ctx.doc);
    const refsByValue = new Map<string, ScalarNode[]>();
    for (const r of g.references) {
      const list = refsByValue.get(r.text.trim()) ?? [];
      list.push(r);
      refsByValue.set(r.text.trim(), list);
    }
    const report = (n: ScalarNode, fixes: Fix[]) => {
      const u = n.text.trim();
      ctx.report({ ...valueSpan(n), message: `VPNUUID "${u}" is not a UUID.`, fixes });
    };
    const fixable = canFix(ctx.doc);
    for (const t of g.targets) {
      if (!isBad(t)) continue;
      const uuid = newUuid();
      const refs = refsByValue.get(t.text.trim()) ?? [];
      report(
        t,
        fixable
          ? [
              {
                title: refs.length
                  ? `Replace with a new UUID (and ${refs.length} reference${refs.length > 1 ? 's' : ''})`
                  : 'Replace with a new UUID',
                preferred: true,
                edits: [t, ...refs].map((n) => replaceContent(n, uuid)),
              },
            ]
          : [],
      );
    }
    for (const r of g.references) if (isBad(r)) report(r, []);
  },
};

function isBad(n: ScalarNode): boolean {
  const u = n.text.trim();
  return u !== '' && !hasBuildVariable(u) && !isUuid(u);
}
