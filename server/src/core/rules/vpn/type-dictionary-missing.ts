/** N31 — a VPNType from table T3 needs its sub-dictionary (`VPN`, `TransparentProxy`, `IKEv2`, `IPSec`, `PPP`, `AlwaysOn`). */
import type { Fix, Rule } from '../types';
import { insertEntry, replaceContent } from '../fixHelpers';
import type { DictEntry, DictNode } from '../../model/plist';
import { isDict } from '../../model/plist';
import type { PlistDocument } from '../../model/document';
import { APPLAYER, VPN_MANAGED, canFix, payloadsOf, valueSpan } from './support/payloads';

/** T3 — VPNType → required sub-dictionary. */
const T3: Readonly<Record<string, string>> = {
  VPN: 'VPN',
  TransparentProxy: 'TransparentProxy',
  IKEv2: 'IKEv2',
  IPSec: 'IPSec',
  L2TP: 'PPP',
  AlwaysOn: 'AlwaysOn',
};
const T3_DICTS = [...new Set(Object.values(T3))];
const PROVIDER_KEYS = ['ProviderBundleIdentifier', 'ProviderType', 'ProviderDesignatedRequirement'];

export const rule: Rule = {
  meta: {
    id: 'N31',
    code: 'vpn/type-dictionary-missing',
    family: 'vpn',
    severity: 'error',
    kinds: ['profile'],
    scope: 'payload',
    fixable: true,
    description:
      'The VPNType needs its configuration dictionary (VPN, TransparentProxy, IKEv2, IPSec, PPP or AlwaysOn).',
    guidance: ['Q-U18'],
  },
  check(ctx) {
    for (const p of payloadsOf(ctx.doc, VPN_MANAGED, APPLAYER)) {
      const vt = p.vpnTypeNode;
      const type = p.vpnType;
      const required = type ? T3[type] : undefined;
      if (!vt || !type || !required || p.dict.map.has(required)) continue;
      const other = misplacedProviderDict(p.dict, required);
      const found = other ? `; found provider keys in "${other.key.text}"` : '';
      ctx.report({
        ...valueSpan(vt),
        message: `VPNType ${type} needs a "${required}" dictionary${found}.`,
        data: { required, other: other?.key.text },
        fixes: canFix(ctx.doc) ? fixes(ctx.doc, p.dict, required, other) : [],
      });
    }
  },
};

/** Another T3 dictionary that holds the provider keys (e.g. `VPNType` `TransparentProxy` with keys under `VPN`). */
function misplacedProviderDict(payload: DictNode, required: string): DictEntry | undefined {
  for (const name of T3_DICTS) {
    if (name === required) continue;
    const e = payload.map.get(name);
    if (e && isDict(e.value) && PROVIDER_KEYS.some((k) => e.value && isDict(e.value) && e.value.map.has(k))) return e;
  }
  return undefined;
}

function fixes(doc: PlistDocument, payload: DictNode, required: string, other: DictEntry | undefined): Fix[] {
  const out: Fix[] = [];
  if (other) {
    out.push({
      title: `Rename "${other.key.text}" to "${required}"`,
      preferred: true,
      edits: [replaceContent(other.key, required)],
    });
  }
  out.push({
    title: `Insert an empty "${required}" dictionary`,
    snippet: true,
    edits: [insertEntry(doc, payload, required, '<dict>\n\t$0\n</dict>')],
  });
  return out;
}
