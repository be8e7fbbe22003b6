/** N43 — a VPNUUID reference (app mapping, account payload) must match a per-app VPN payload's VPNUUID. */
import type { Rule } from '../types';
import { replaceContent } from '../fixHelpers';
import type { PlistDocument } from '../../model/document';
import { hasBuildVariable } from '../../text/buildVariables';
import { canFix, valueSpan } from './support/payloads';
import { vpnUuidGraph } from './support/vpnUuids';

export const rule: Rule = {
  meta: {
    id: 'N43',
    code: 'vpn/vpnuuid-unresolved',
    family: 'vpn',
    severity: 'error',
    kinds: ['profile'],
    fixable: true,
    description: 'A VPNUUID reference matches no per-app VPN (com.apple.vpn.managed.applayer) payload.',
    guidance: ['Q-U25', 'Q-U26'],
  },
  check(ctx) {
    const g = vpnUuidGraph(ctx.doc);
    if (g.references.length === 0) return;
    const known = uuidSet([ctx.doc]);
    let workspace: Set<string> | undefined;
    const single = g.applayerCount === 1 && g.targets.length === 1 ? g.targets[0].text.trim() : undefined;
    for (const ref of g.references) {
      const u = ref.text.trim();
      if (!u || hasBuildVariable(u) || known.has(u.toUpperCase())) continue;
      workspace ??= uuidSet((ctx.project?.profiles ?? []).filter((d) => d.path !== ctx.doc.path));
      if (workspace.has(u.toUpperCase())) continue;
      const inProfile = g.applayerCount > 0;
      ctx.report({
        ...valueSpan(ref),
        severity: inProfile ? 'error' : 'info',
        message: inProfile
          ? `VPNUUID "${u}" does not match any per-app VPN (com.apple.vpn.managed.applayer) payload in this profile.`
          : `VPNUUID "${u}" does not match any per-app VPN (com.apple.vpn.managed.applayer) payload; make sure a per-app VPN payload with this VPNUUID is installed.`,
        fixes:
          canFix(ctx.doc) && single && !hasBuildVariable(single)
            ? [
                {
                  title: `Use the per-app VPN's VPNUUID "${single}"`,
                  preferred: true,
                  edits: [replaceContent(ref, single)],
                },
              ]
            : [],
      });
    }
  },
};

function uuidSet(docs: PlistDocument[]): Set<string> {
  const set = new Set<string>();
  for (const d of docs) {
    for (const t of vpnUuidGraph(d).targets) if (t.text.trim()) set.add(t.text.trim().toUpperCase());
  }
  return set;
}
