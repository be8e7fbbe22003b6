/** N54 — DNSProtocol HTTPS needs ServerURL (error); TLS needs ServerName (warning). */
import type { Fix, Rule, RuleContext } from '../types';
import { insertEntry, replaceContent, stringXml } from '../fixHelpers';
import type { DictNode } from '../../model/plist';
import { hasBuildVariable } from '../../text/buildVariables';
import { canFix, hasText, missingOrEmpty, stringNode, valueSpan } from '../vpn/support/payloads';
import { dnsDicts, hostOf, serverUrlFor } from './support/dnsDicts';

export const rule: Rule = {
  meta: {
    id: 'N54',
    code: 'dns/protocol-key-missing',
    family: 'dns',
    severity: 'error',
    kinds: ['profile'],
    scope: 'payload',
    fixable: true,
    description: 'DNSProtocol HTTPS requires ServerURL; TLS requires ServerName.',
    guidance: ['Q-U53'],
  },
  check(ctx) {
    for (const d of dnsDicts(ctx.doc)) {
      const proto = stringNode(d, 'DNSProtocol');
      const p = proto?.text.trim();
      const needed = p === 'HTTPS' ? 'ServerURL' : p === 'TLS' ? 'ServerName' : undefined;
      if (!proto || !needed || !missingOrEmpty(d, needed)) continue;
      ctx.report({
        ...valueSpan(proto),
        severity: p === 'TLS' ? 'warning' : 'error',
        message: `DNSProtocol ${p} requires ${needed}.`,
        data: { missing: needed },
        fixes: canFix(ctx.doc) ? fixes(ctx, d, needed) : [],
      });
    }
  },
};

function fixes(ctx: RuleContext, d: DictNode, needed: string): Fix[] {
  const other = needed === 'ServerURL' ? 'ServerName' : 'ServerURL';
  const otherEntry = d.map.get(other);
  const otherValue = stringNode(d, other)?.text.trim();
  const existing = stringNode(d, needed);
  if (!existing && otherEntry && otherValue && hasText(d, other) && !hasBuildVariable(otherValue)) {
    const converted = needed === 'ServerURL' ? serverUrlFor(otherValue) : hostOf(otherValue);
    if (converted) {
      return [
        {
          title: `Convert ${other} to ${needed} "${converted}"`,
          preferred: true,
          edits: [replaceContent(otherEntry.key, needed), replaceContent(stringNode(d, other)!, converted)],
        },
      ];
    }
  }
  const placeholder = needed === 'ServerURL' ? '${1:https://dns.example/dns-query}' : '${1:dns.example}';
  const edit = existing
    ? replaceContent(existing, placeholder)
    : insertEntry(ctx.doc, d, needed, stringXml(placeholder));
  return [{ title: `Insert ${needed}`, preferred: true, snippet: true, edits: [edit] }];
}
