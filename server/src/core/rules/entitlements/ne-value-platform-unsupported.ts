/**
 * N09 — an NE value the file's platform does not accept (this version: the macOS-only `-systemextension`
 * values on iOS, tvOS, visionOS). The (value, platform) pairs are data in `neValues.json`.
 */
import type { Rule } from '../types';
import { baseOf, platformRestriction } from '../../knowledge/neValues';
import { fixesAllowed, neStrings, replaceValueFix, valueRange } from './support/values';

const PLATFORM_NAMES: Record<string, string> = { ios: 'iOS', tvos: 'tvOS', visionos: 'visionOS', macos: 'macOS' };

export const rule: Rule = {
  meta: {
    id: 'N09',
    code: 'entitlements/ne-value-platform-unsupported',
    family: 'entitlements',
    severity: 'error',
    kinds: ['entitlements'],
    fixable: true,
    fixAll: true,
    description:
      'The -systemextension NE values are macOS-only; iOS, tvOS and visionOS providers use the plain values.',
    guidance: ['Q-D10', 'Q-D28', 'Q-D26'],
    supersedes: [{ code: 'entitlements/ne-systemextension-suffix-outside-devid', scope: 'node' }],
  },
  check(ctx) {
    const platform = ctx.file.platform;
    if (platform.value === 'macos' || platform.value === 'unknown') return;
    if (platform.tier < 1 || platform.tier > 3) return;
    const canFix = fixesAllowed(ctx);
    for (const el of neStrings(ctx.doc, ctx.file)) {
      if (!platformRestriction(el.value, platform.value)) continue;
      const base = baseOf(el.value);
      const name = PLATFORM_NAMES[platform.value];
      ctx.report({
        ...valueRange(el.node),
        message: base
          ? `"${el.value}" is a macOS system-extension value; ${name} providers are app extensions and use "${base}".`
          : `"${el.value}" is not supported on ${name}.`,
        data: { value: el.value, replacement: base },
        fixes: canFix && base && base !== el.value ? replaceValueFix(el, base, `Use "${base}"`, true) : [],
      });
    }
  },
};
