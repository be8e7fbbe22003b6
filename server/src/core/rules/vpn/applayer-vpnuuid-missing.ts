/** N42 — a per-app VPN payload needs a VPNUUID: apps and app-mapping entries link to the VPN by it. */
import type { Rule } from '../types';
import { insertEntry, replaceContent, stringXml } from '../fixHelpers';
import { newUuid } from '../../knowledge/uuid';
import { APPLAYER, canFix, payloadsOf, stringNode, valueSpan } from './support/payloads';

export const rule: Rule = {
  meta: {
    id: 'N42',
    code: 'vpn/applayer-vpnuuid-missing',
    family: 'vpn',
    severity: 'error',
    kinds: ['profile'],
    scope: 'payload',
    fixable: true,
    description: 'A per-app VPN payload (com.apple.vpn.managed.applayer) needs a VPNUUID.',
    guidance: ['Q-U25', 'Q-U26', 'Q-U47'],
    supersedes: [{ code: 'profile/required-key-missing', scope: 'node' }],
  },
  check(ctx) {
    for (const p of payloadsOf(ctx.doc, APPLAYER)) {
      const v = p.dict.map.get('VPNUUID')?.value;
      if (v && !(v.kind === 'string' && v.text.trim() === '')) continue;
      const at = p.typeNode
        ? valueSpan(p.typeNode)
        : { start: p.dict.element.open.start, end: p.dict.element.open.end };
      const existing = stringNode(p.dict, 'VPNUUID');
      const uuid = newUuid();
      ctx.report({
        ...at,
        message: 'Per-app VPN payload has no VPNUUID; apps and app-mapping entries link to the VPN by this UUID.',
        fixes: canFix(ctx.doc)
          ? [
              {
                title: existing ? 'Fill VPNUUID with a new UUID' : 'Insert VPNUUID with a new UUID',
                preferred: true,
                edits: [
                  existing ? replaceContent(existing, uuid) : insertEntry(ctx.doc, p.dict, 'VPNUUID', stringXml(uuid)),
                ],
              },
            ]
          : [],
      });
    }
  },
};
