/** N38 — a transparent proxy is an app-proxy provider; the ProviderType default (`packet-tunnel`) is wrong for it. */
import type { Rule } from '../types';
import { insertEntry, replaceContent, stringXml } from '../fixHelpers';
import { isDict } from '../../model/plist';
import { hasBuildVariable } from '../../text/buildVariables';
import { APPLAYER, VPN_MANAGED, canFix, payloadsOf, valueSpan } from './support/payloads';

export const rule: Rule = {
  meta: {
    id: 'N38',
    code: 'vpn/transparent-proxy-provider-type',
    family: 'vpn',
    severity: 'warning',
    kinds: ['profile'],
    scope: 'payload',
    fixable: true,
    description: 'TransparentProxy › ProviderType must be app-proxy (the default is packet-tunnel).',
    guidance: ['Q-U17', 'Q-U18', 'Q-U11'],
  },
  check(ctx) {
    for (const p of payloadsOf(ctx.doc, VPN_MANAGED, APPLAYER)) {
      if (p.vpnType !== 'TransparentProxy') continue;
      const entry = p.dict.map.get('TransparentProxy');
      if (!entry || !isDict(entry.value)) continue;
      const tp = entry.value;
      const pt = tp.map.get('ProviderType')?.value;
      const message =
        'Transparent proxies are app-proxy providers (NETransparentProxyProvider); set TransparentProxy › ProviderType to "app-proxy" (the default is "packet-tunnel").';
      if (!pt) {
        ctx.report({
          start: entry.key.start,
          end: entry.key.end,
          message,
          fixes: canFix(ctx.doc)
            ? [
                {
                  title: 'Insert ProviderType "app-proxy"',
                  preferred: true,
                  edits: [insertEntry(ctx.doc, tp, 'ProviderType', stringXml('app-proxy'))],
                },
              ]
            : [],
        });
        continue;
      }
      if (pt.kind !== 'string' || pt.text.trim() === 'app-proxy' || hasBuildVariable(pt.text)) continue;
      ctx.report({
        ...valueSpan(pt),
        message,
        fixes: canFix(ctx.doc)
          ? [{ title: 'Change ProviderType to "app-proxy"', preferred: true, edits: [replaceContent(pt, 'app-proxy')] }]
          : [],
      });
    }
  },
};
