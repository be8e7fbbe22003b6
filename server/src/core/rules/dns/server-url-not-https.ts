/** N55 — ServerURL must be an absolute `https://` URL with a host. */
import type { Rule } from '../types';
import { replaceContent } from '../fixHelpers';
import { hasBuildVariable } from '../../text/buildVariables';
import { canFix, stringNode, valueSpan } from '../vpn/support/payloads';
import { dnsDicts, hostOf } from './support/dnsDicts';

export const rule: Rule = {
  meta: {
    id: 'N55',
    code: 'dns/server-url-not-https',
    family: 'dns',
    severity: 'error',
    kinds: ['profile'],
    scope: 'payload',
    fixable: true,
    description: 'ServerURL must use the https:// scheme.',
    guidance: [],
  },
  check(ctx) {
    for (const d of dnsDicts(ctx.doc)) {
      const n = stringNode(d, 'ServerURL');
      const url = n?.text.trim();
      if (!n || !url || hasBuildVariable(url)) continue;
      if (/^https:\/\//i.test(url) && hostOf(url)) continue;
      const fixed = httpsFor(url);
      ctx.report({
        ...valueSpan(n),
        message: 'ServerURL must use the https:// scheme.',
        fixes:
          canFix(ctx.doc) && fixed
            ? [{ title: `Change to "${fixed}"`, preferred: true, edits: [replaceContent(n, fixed)] }]
            : [],
      });
    }
  },
};

/** `http://…` → `https://…`; a value without a scheme gets `https://`; other schemes have no fix. */
function httpsFor(url: string): string | undefined {
  if (/^http:\/\//i.test(url)) return 'https://' + url.slice('http://'.length);
  if (/^[A-Za-z][A-Za-z0-9+.-]*:/.test(url) && !/^[^:/]+:\d/.test(url)) return undefined;
  const fixed = 'https://' + url.replace(/^\/+/, '');
  return hostOf(fixed) ? fixed : undefined;
}
