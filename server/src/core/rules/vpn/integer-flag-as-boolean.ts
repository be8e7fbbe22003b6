/** N41 — VPN payload keys typed `<integer>` 0/1 written as `<true/>`/`<false/>`. */
import type { Rule } from '../types';
import { replaceElement } from '../fixHelpers';
import type { DictNode } from '../../model/plist';
import { isDict } from '../../model/plist';
import { APPLAYER, VPN_MANAGED, canFix, payloadsOf } from './support/payloads';
import { vpnIntegerFlagDicts } from './support/integerFlags';

export const rule: Rule = {
  meta: {
    id: 'N41',
    code: 'vpn/integer-flag-as-boolean',
    family: 'vpn',
    severity: 'warning',
    kinds: ['profile'],
    scope: 'payload',
    fixable: true,
    fixAll: true,
    description: 'VPN payload flags such as OnDemandEnabled are <integer> 0 or 1, not <true/>/<false/>.',
    guidance: ['Q-U28'],
    supersedes: [
      { code: 'profile/value-type-mismatch', scope: 'node' },
      { code: 'profile/value-not-in-rangelist', scope: 'node' },
    ],
  },
  check(ctx) {
    const fixable = canFix(ctx.doc);
    const flagDicts = vpnIntegerFlagDicts();
    for (const p of payloadsOf(ctx.doc, VPN_MANAGED, APPLAYER)) {
      for (const { segments, keys } of flagDicts) {
        const dict = dictAt(p.dict, segments);
        if (!dict) continue;
        for (const key of keys) {
          const v = dict.map.get(key)?.value;
          if (v?.kind !== 'boolean') continue;
          const n = v.text === 'true' ? 1 : 0;
          ctx.report({
            start: v.start,
            end: v.end,
            message: `${key} is an integer flag (0 or 1) in the VPN payload; <${v.text}/> is not the documented type.`,
            fixes: fixable
              ? [
                  {
                    title: `Change to <integer>${n}</integer>`,
                    preferred: true,
                    edits: [replaceElement(v, `<integer>${n}</integer>`)],
                  },
                ]
              : [],
          });
        }
      }
    }
  },
};

function dictAt(payload: DictNode, segments: readonly string[]): DictNode | undefined {
  let d: DictNode | undefined = payload;
  for (const seg of segments) {
    const v: unknown = d?.map.get(seg)?.value;
    d = isDict(v as DictNode) ? (v as DictNode) : undefined;
    if (!d) return undefined;
  }
  return d;
}
