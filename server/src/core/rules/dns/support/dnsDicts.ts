/** The DNS dictionaries the dns/ rules read: `com.apple.dnsSettings.managed › DNSSettings` and VPN `DNS`. */
import type { PlistDocument } from '../../../model/document';
import type { DictNode } from '../../../model/plist';
import { APPLAYER, DNS_SETTINGS, VPN_MANAGED, dictNode, payloadsOf } from '../../vpn/support/payloads';

export function dnsDicts(doc: PlistDocument): DictNode[] {
  const out: DictNode[] = [];
  for (const p of payloadsOf(doc, DNS_SETTINGS)) {
    const d = dictNode(p.dict, 'DNSSettings');
    if (d) out.push(d);
  }
  for (const p of payloadsOf(doc, VPN_MANAGED, APPLAYER)) {
    const d = dictNode(p.dict, 'DNS');
    if (d) out.push(d);
  }
  return out;
}

/** `https://host/dns-query` for a DoT server name. */
export function serverUrlFor(serverName: string): string {
  return `https://${serverName}/dns-query`;
}

/** The host of an absolute URL (without userinfo and port), or undefined. */
export function hostOf(url: string): string | undefined {
  const m = /^[A-Za-z][A-Za-z0-9+.-]*:\/\/([^/?#]*)/.exec(url.trim());
  if (!m) return undefined;
  const authority = m[1].replace(/^.*@/, '');
  const host = authority.startsWith('[') ? authority.replace(/^(\[[^\]]*\]).*$/, '$1') : authority.replace(/:\d*$/, '');
  return host || undefined;
}
