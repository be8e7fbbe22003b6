/**
 * The VPNUUID reference graph of a profile (catalog N43/N44): targets are `com.apple.vpn.managed.applayer ›
 * VPNUUID`; references are app-mapping `AppLayerVPNMapping[] › VPNUUID` and the `VPNUUID` of account payloads.
 */
import type { PlistDocument } from '../../../model/document';
import type { ScalarNode } from '../../../model/plist';
import { isArray, isDict } from '../../../model/plist';
import { APPLAYER, APPMAPPING, payloadsOf, stringNode } from './payloads';

export const ACCOUNT_TYPES = [
  'com.apple.caldav.account',
  'com.apple.carddav.account',
  'com.apple.eas.account',
  'com.apple.google-oauth',
  'com.apple.ldap.account',
  'com.apple.mail.managed',
  'com.apple.subscribedcalendar.account',
];

export interface VpnUuidGraph {
  /** `VPNUUID` string nodes of the applayer payloads (one per payload that has one). */
  targets: ScalarNode[];
  /** Number of applayer payloads (with or without VPNUUID). */
  applayerCount: number;
  references: ScalarNode[];
}

const cache = new WeakMap<PlistDocument, VpnUuidGraph>();

export function vpnUuidGraph(doc: PlistDocument): VpnUuidGraph {
  let g = cache.get(doc);
  if (g) return g;
  const applayers = payloadsOf(doc, APPLAYER);
  const targets = applayers.map((p) => stringNode(p.dict, 'VPNUUID')).filter((n): n is ScalarNode => !!n);
  const references: ScalarNode[] = [];
  for (const p of payloadsOf(doc, APPMAPPING)) {
    const list = p.dict.map.get('AppLayerVPNMapping')?.value;
    if (!isArray(list)) continue;
    for (const item of list.items) {
      const n = isDict(item) ? stringNode(item, 'VPNUUID') : undefined;
      if (n) references.push(n);
    }
  }
  for (const p of payloadsOf(doc, ...ACCOUNT_TYPES)) {
    const n = stringNode(p.dict, 'VPNUUID');
    if (n) references.push(n);
  }
  g = { targets, applayerCount: applayers.length, references };
  cache.set(doc, g);
  return g;
}
