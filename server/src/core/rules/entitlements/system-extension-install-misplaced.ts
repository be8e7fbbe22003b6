/**
 * N75 — com.apple.developer.system-extension.install where it has no effect: on an extension's own
 * entitlements (info: only the container app activates extensions) or on iOS-family platforms (warning).
 * Roles of entitlements files come from the project model only, so a lone file is never reported for (a).
 */
import type { Rule } from '../types';
import { removeEntry } from '../fixHelpers';
import { fixesAllowed, rootEntry } from './support/values';

const KEY = 'com.apple.developer.system-extension.install';
const IOS_FAMILY = new Set(['ios', 'tvos', 'visionos']);

export const rule: Rule = {
  meta: {
    id: 'N75',
    code: 'entitlements/system-extension-install-misplaced',
    family: 'entitlements',
    severity: 'info',
    kinds: ['entitlements'],
    fixable: true,
    description:
      'com.apple.developer.system-extension.install belongs on the macOS container app that activates the extension.',
    guidance: ['Q-D27'],
  },
  check(ctx) {
    const entry = rootEntry(ctx.doc, KEY);
    if (!entry) return;
    const { platform, role } = ctx.file;
    const nonMac = IOS_FAMILY.has(platform.value) && platform.tier >= 1 && platform.tier <= 3;
    const onExtension = (role.value === 'system-extension' || role.value === 'app-extension') && role.tier >= 1;
    if (!nonMac && !onExtension) return;
    ctx.report({
      start: entry.key.start,
      end: entry.key.end,
      severity: nonMac ? 'warning' : undefined,
      message: nonMac
        ? `${KEY} is macOS-only; it has no effect on this platform.`
        : `${KEY} belongs on the container app that activates the extension, not on the extension.`,
      data: { reason: nonMac ? 'platform' : 'role' },
      fixes: fixesAllowed(ctx) ? [{ title: 'Remove this entitlement', edits: [removeEntry(ctx.doc, entry)] }] : [],
    });
  },
};
