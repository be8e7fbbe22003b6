/**
 * N03 — a `-systemextension` value in a development or App Store build. Only explicit, profile or Xcode
 * context counts (tiers 1–3): a file's own values never make it development/app-store.
 */
import type { Fix, Rule, RuleContext } from '../types';
import { SUFFIXED, baseOf } from '../../knowledge/neValues';
import { fixesAllowed, neStrings, replaceValueFix, valueRange } from './support/values';

const DIRECTIVE_SETTING = /(distribution\s*=\s*)(development|app-store)/;

/** Fix (2): when an in-file directive set the distribution, offer to switch it to developer-id. */
function directiveFix(ctx: RuleContext): Fix[] {
  if (ctx.file.distribution.source !== 'directive') return [];
  for (const c of ctx.doc.xml.comments) {
    if (!/^\s*nelint\s*:/.test(c.body)) continue;
    const m = DIRECTIVE_SETTING.exec(c.body);
    if (!m) continue;
    const bodyStart = c.start + 4; // after `<!--`
    const start = bodyStart + m.index + m[1].length;
    return [
      {
        title: 'Set this file’s distribution to developer-id',
        edits: [{ start, end: start + m[2].length, newText: 'developer-id' }],
      },
    ];
  }
  return [];
}

export const rule: Rule = {
  meta: {
    id: 'N03',
    code: 'entitlements/ne-systemextension-suffix-outside-devid',
    family: 'entitlements',
    severity: 'error',
    kinds: ['entitlements'],
    fixable: true,
    fixAll: true,
    description: 'Development and App Store builds must use the NE values without the -systemextension suffix.',
    guidance: ['Q-D04', 'Q-U06', 'Q-D07'],
  },
  check(ctx) {
    const dist = ctx.file.distribution;
    if (dist.value !== 'development' && dist.value !== 'app-store') return;
    if (dist.tier < 1 || dist.tier > 3) return;
    const platform = ctx.file.platform.value;
    if (platform !== 'macos' && platform !== 'unknown') return; // N09 reports on iOS-family platforms
    const canFix = fixesAllowed(ctx);
    for (const el of neStrings(ctx.doc, ctx.file)) {
      if (!SUFFIXED.has(el.value)) continue;
      const base = baseOf(el.value)!;
      ctx.report({
        ...valueRange(el.node),
        message: `"${el.value}" is the Developer ID form; ${dist.value} builds must use "${base}".`,
        data: { value: el.value, replacement: base },
        fixes: canFix ? [...replaceValueFix(el, base, `Use "${base}"`, true), ...directiveFix(ctx)] : [],
      });
    }
  },
};
