/**
 * N02 — a Developer ID build must use the `-systemextension` form of every suffixable NE value.
 * Error with strong context (tiers 1–4), hint with weak context (tier 5, system-extension packaging:
 * development-signed system extensions legitimately use the plain values), silent when unknown.
 * Silent on iOS-family platforms: the suffixed values are macOS-only there (N09 reports them), and asking
 * for them would make fix-all oscillate between N02 and N09 on a mixed array.
 */
import type { Rule } from '../types';
import { SUFFIXABLE, suffixedOf } from '../../knowledge/neValues';
import { fixesAllowed, neStrings, replaceValueFix, valueRange } from './support/values';

const IOS_FAMILY = new Set(['ios', 'tvos', 'visionos']);

export const rule: Rule = {
  meta: {
    id: 'N02',
    code: 'entitlements/ne-devid-requires-systemextension-suffix',
    family: 'entitlements',
    severity: 'error',
    kinds: ['entitlements'],
    fixable: true,
    fixAll: true,
    description:
      'Developer ID builds must use the -systemextension form of packet-tunnel, app-proxy, content-filter and DNS-proxy values.',
    guidance: ['Q-D03', 'Q-D08', 'Q-D02', 'Q-D29', 'Q-U04'],
  },
  check(ctx) {
    const dist = ctx.file.distribution;
    if (dist.value !== 'developer-id' || dist.confidence === 'none') return;
    if (IOS_FAMILY.has(ctx.file.platform.value)) return;
    const severity = dist.confidence === 'weak' ? 'hint' : undefined;
    for (const el of neStrings(ctx.doc, ctx.file)) {
      if (!SUFFIXABLE.has(el.value)) continue;
      const alt = suffixedOf(el.value)!;
      ctx.report({
        ...valueRange(el.node),
        severity,
        message: `Developer ID distribution requires "${alt}" instead of "${el.value}" (${dist.source}).`,
        data: { value: el.value, replacement: alt },
        fixes: fixesAllowed(ctx) ? replaceValueFix(el, alt, `Use "${alt}"`, true) : [],
      });
    }
  },
};
