/** N57 — a DNS proxy payload's ProviderBundleIdentifier names the app instead of its DNS-proxy extension. */
import type { Rule } from '../types';
import { replaceContent } from '../fixHelpers';
import { hasBuildVariable } from '../../text/buildVariables';
import { DNS_PROXY, canFix, payloadsOf, stringNode, valueSpan } from '../vpn/support/payloads';
import { providersOfKind, targetByBundleId } from '../vpn/support/project';

export const rule: Rule = {
  meta: {
    id: 'N57',
    code: 'dns/proxy-provider-equals-app',
    family: 'dns',
    severity: 'warning',
    kinds: ['profile'],
    scope: 'payload',
    fixable: true,
    description: 'ProviderBundleIdentifier names the app, not the DNS proxy extension inside it.',
    guidance: [],
  },
  check(ctx) {
    for (const p of payloadsOf(ctx.doc, DNS_PROXY)) {
      const app = stringNode(p.dict, 'AppBundleIdentifier')?.text.trim();
      const provider = stringNode(p.dict, 'ProviderBundleIdentifier');
      const id = provider?.text.trim();
      if (!provider || !app || !id || app !== id || hasBuildVariable(id)) continue;
      const target = targetByBundleId(ctx.project, app);
      const ext = target ? providersOfKind(target, 'dns-proxy') : [];
      const extId = ext.length === 1 ? ext[0].bundleIdentifier : undefined;
      ctx.report({
        ...valueSpan(provider),
        message: 'ProviderBundleIdentifier names the app, not the DNS proxy extension inside it.',
        fixes:
          canFix(ctx.doc) && extId
            ? [
                {
                  title: `Use the DNS proxy extension "${extId}"`,
                  preferred: true,
                  edits: [replaceContent(provider, extId)],
                },
              ]
            : [],
      });
    }
  },
};
