/** N56 — ServerName is only used with DNSProtocol TLS, ServerURL only with HTTPS. */
import type { Rule } from '../types';
import { removeEntry, replaceContent } from '../fixHelpers';
import { canFix, stringNode } from '../vpn/support/payloads';
import { dnsDicts } from './support/dnsDicts';

/** Key → the protocol it belongs to. */
const BELONGS: Readonly<Record<string, string>> = { ServerName: 'TLS', ServerURL: 'HTTPS' };

export const rule: Rule = {
  meta: {
    id: 'N56',
    code: 'dns/protocol-key-mismatch',
    family: 'dns',
    severity: 'warning',
    kinds: ['profile'],
    scope: 'payload',
    fixable: true,
    description: 'ServerName belongs to DNSProtocol TLS and ServerURL to HTTPS.',
    guidance: [],
  },
  check(ctx) {
    for (const d of dnsDicts(ctx.doc)) {
      const proto = stringNode(d, 'DNSProtocol');
      const p = proto?.text.trim();
      if (!proto || (p !== 'HTTPS' && p !== 'TLS')) continue;
      for (const [key, other] of Object.entries(BELONGS)) {
        const entry = d.map.get(key);
        if (!entry || other === p) continue;
        ctx.report({
          start: entry.key.start,
          end: entry.key.end,
          message: `${key} is only used with DNSProtocol ${other}.`,
          fixes: canFix(ctx.doc)
            ? [
                { title: `Remove ${key}`, preferred: true, edits: [removeEntry(ctx.doc, entry)] },
                { title: `Change DNSProtocol to ${other}`, edits: [replaceContent(proto, other)] },
              ]
            : [],
        });
      }
    }
  },
};
