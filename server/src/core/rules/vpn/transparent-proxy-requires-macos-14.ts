/** N39 — transparent-proxy VPN payloads exist only on macOS 14 and later. */
import type { Rule } from '../types';
import { APPLAYER, VPN_MANAGED, payloadsOf, valueSpan } from './support/payloads';

export const rule: Rule = {
  meta: {
    id: 'N39',
    code: 'vpn/transparent-proxy-requires-macos-14',
    family: 'vpn',
    severity: 'error',
    kinds: ['profile'],
    scope: 'payload',
    fixable: false,
    description: 'Transparent proxy VPN payloads are macOS-only and require macOS 14 or later.',
    guidance: [],
    // The platform problem is reported once here instead of per key of the TransparentProxy subtree.
    supersedes: [{ code: 'profile/unavailable-on-platform', scope: 'node' }],
  },
  check(ctx) {
    const platform = ctx.file.platform.value;
    let severity: 'error' | 'warning';
    if (platform === 'ios' || platform === 'tvos' || platform === 'visionos') severity = 'error';
    else if (platform === 'macos' && below14(ctx.file.minimumOS.macos)) severity = 'warning';
    else return;
    for (const p of payloadsOf(ctx.doc, VPN_MANAGED, APPLAYER)) {
      const vt = p.vpnTypeNode;
      if (!vt || p.vpnType !== 'TransparentProxy') continue;
      const tp = p.dict.map.get('TransparentProxy');
      ctx.report({
        ...valueSpan(vt),
        // Precedence covers the whole TransparentProxy entry (its subtree).
        node: tp ? { start: tp.key.start, end: tp.value?.end ?? tp.key.end } : undefined,
        severity,
        message: 'Transparent proxy VPN payloads are macOS-only and require macOS 14 or later.',
        data: { platform, minimumOS: ctx.file.minimumOS.macos },
      });
    }
  },
};

function below14(version: string | undefined): boolean {
  const major = version ? /^\s*(\d+)/.exec(version)?.[1] : undefined;
  return major !== undefined && Number(major) < 14;
}
