/**
 * N02 — a Developer ID build must use the `-systemextension` form of every suffixable NE value.
 * Error with strong context (tiers 1–4), hint with weak context (tier 5, system-extension packaging:
 * development-signed system extensions legitimately use the plain values), silent when unknown.
 * Silent on iOS-family platforms: the suffixed values are macOS-only there (N09 reports them), and asking
 * for them would make fix-all oscillate between N02 and N09 on a mixed array.
 */
import type { Fix, Rule, RuleContext } from '../types';
import { SUFFIXABLE, suffixedOf } from '../../knowledge/neValues';
import { replaceContent } from '../fixHelpers';
import { applyEdits } from '../../text/edits';
import { fixesAllowed, neStrings, replaceValueFix, valueRange } from './support/values';
import type { StringElement } from './support/values';

const IOS_FAMILY = new Set(['ios', 'tvos', 'visionos']);

/**
 * Catalog fix (2): a sibling `<name>-DeveloperID.entitlements` with every literal suffixable value suffixed, for
 * projects that keep unsuffixed values for development builds and switch files for the Developer ID export.
 */
function developerIdVariant(ctx: RuleContext, elements: StringElement[]): Fix | undefined {
  const edits = elements
    .filter((el) => el.literal && SUFFIXABLE.has(el.value))
    .map((el) => replaceContent(el.node, suffixedOf(el.value)!));
  if (edits.length === 0 || !/\.entitlements$/i.test(ctx.doc.path)) return undefined;
  const path = ctx.doc.path.replace(/\.entitlements$/i, '-DeveloperID.entitlements');
  const name = path.split(/[\\/]/).pop();
  return {
    title: `Create a Developer ID variant (${name})`,
    edits: [],
    createFiles: [{ path, text: applyEdits(ctx.doc.text, edits) }],
  };
}

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
    const elements = neStrings(ctx.doc, ctx.file);
    const variant = fixesAllowed(ctx) ? developerIdVariant(ctx, elements) : undefined;
    for (const el of elements) {
      if (!SUFFIXABLE.has(el.value)) continue;
      const alt = suffixedOf(el.value)!;
      ctx.report({
        ...valueRange(el.node),
        severity,
        message: `Developer ID distribution requires "${alt}" instead of "${el.value}" (${dist.source}).`,
        data: { value: el.value, replacement: alt },
        fixes: fixesAllowed(ctx)
          ? [...replaceValueFix(el, alt, `Use "${alt}"`, true), ...(variant ? [variant] : [])]
          : [],
      });
    }
  },
};
