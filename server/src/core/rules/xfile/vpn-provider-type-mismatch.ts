/**
 * N40 — a VPN / per-app VPN payload's `ProviderType` (explicit, or the packet-tunnel default) does not match the
 * provider kinds of the workspace extension named by `ProviderBundleIdentifier`.
 */
import type { Rule } from '../types';
import type { DictNode } from '../../model/plist';
import { insertEntry, replaceContent, stringXml } from '../fixHelpers';
import { VPN_PROVIDER_TYPES } from '../../knowledge/extensionPoints';
import { APPLAYER, VPN_MANAGED, canFix, dictNode, payloadsOf, stringNode } from '../vpn/support/payloads';
import { docAnchor, providerKinds, relatedAt } from './support/crossFile';
import type { ProjectTargetView } from '../../project/types';

const VPN_KINDS = ['packet-tunnel', 'app-proxy'];

function providerFor(
  targets: readonly ProjectTargetView[],
  id: string,
): { t: ProjectTargetView; kinds: string[] } | undefined {
  for (const t of targets) {
    if (t.role === 'app' || t.bundleIdentifier !== id) continue;
    const kinds = [...providerKinds(t)].filter((k) => VPN_KINDS.includes(k));
    if (kinds.length) return { t, kinds };
  }
  return undefined;
}

export const rule: Rule = {
  meta: {
    id: 'N40',
    code: 'xfile/vpn-provider-type-mismatch',
    family: 'xfile',
    severity: 'error',
    kinds: ['profile'],
    fixable: true,
    needsProject: true,
    description: "A VPN payload's ProviderType does not match the provider extension it names.",
    guidance: ['Q-U17', 'Q-U27'],
  },
  check(ctx) {
    const targets = ctx.project?.targets ?? [];
    if (targets.length === 0) return;
    const fixable = canFix(ctx.doc);
    for (const p of payloadsOf(ctx.doc, VPN_MANAGED, APPLAYER)) {
      const vpnType = stringNode(p.dict, 'VPNType');
      const subKey = vpnType?.text.trim() === 'TransparentProxy' ? 'TransparentProxy' : 'VPN';
      const sub = dictNode(p.dict, subKey);
      const id = stringNode(sub, 'ProviderBundleIdentifier')?.text.trim();
      const e = id ? providerFor(targets, id) : undefined;
      if (!sub || !e) continue;
      const related = e.t.infoPlist
        ? [relatedAt(e.t.infoPlist, docAnchor(e.t.infoPlist), `"${e.t.name}" implements ${e.kinds.join(', ')}`)]
        : [];
      const want = e.kinds[0];
      const explicit = stringNode(sub, 'ProviderType');
      const message = (v: string) =>
        `ProviderType "${v}" does not match provider "${e.t.name}", which implements ${e.kinds.join(', ')}.`;
      if (subKey === 'TransparentProxy' && !e.kinds.includes('app-proxy')) {
        ctx.report({
          start: vpnType!.contentStart,
          end: vpnType!.contentEnd,
          message: `VPNType "TransparentProxy" needs an app-proxy provider, but "${e.t.name}" implements ${e.kinds.join(', ')}.`,
          related,
        });
        continue;
      }
      if (explicit) {
        const kind = VPN_PROVIDER_TYPES[explicit.text.trim()];
        if (!kind || e.kinds.includes(kind)) continue;
        ctx.report({
          start: explicit.contentStart,
          end: explicit.contentEnd,
          message: message(explicit.text.trim()),
          related,
          fixes: fixable
            ? [{ title: `Set ProviderType to "${want}"`, preferred: true, edits: [replaceContent(explicit, want)] }]
            : [],
        });
        continue;
      }
      if (subKey === 'TransparentProxy') continue;
      const perApp = p.type === APPLAYER;
      if (!perApp && e.kinds.includes('packet-tunnel')) continue;
      const keyNode = (sub as DictNode).entry?.key ?? sub;
      ctx.report({
        start: keyNode.start,
        end: keyNode.end,
        severity: perApp ? 'warning' : 'error',
        message: perApp
          ? `Set ProviderType explicitly to "${want}" for provider "${e.t.name}" (the per-app default is unclear).`
          : message('packet-tunnel (default)'),
        related,
        fixes: fixable
          ? [
              {
                title: `Add ProviderType "${want}"`,
                preferred: true,
                edits: [insertEntry(ctx.doc, sub, 'ProviderType', stringXml(want))],
              },
            ]
          : [],
      });
    }
  },
};
