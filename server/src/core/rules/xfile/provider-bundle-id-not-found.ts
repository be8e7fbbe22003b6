/**
 * N74 — a profile names a provider / app bundle identifier of this vendor (same first two reverse-DNS components
 * as a workspace target) that no target has: a typo or a stale identifier, and the provider never starts.
 */
import type { Rule } from '../types';
import type { ScalarNode } from '../../model/plist';
import { replaceContent } from '../fixHelpers';
import { walk } from '../../model/query';
import { isDict, isString } from '../../model/plist';
import { hasBuildVariable } from '../../text/buildVariables';
import { canFix } from '../vpn/support/payloads';
import { providerKinds } from './support/crossFile';
import type { ProjectTargetView } from '../../project/types';

const PROVIDER_KEYS = new Set([
  'ProviderBundleIdentifier',
  'FilterDataProviderBundleIdentifier',
  'FilterPacketProviderBundleIdentifier',
]);
const APP_KEYS = new Set(['VPNSubType', 'PluginBundleID', 'AppBundleIdentifier']);

const prefix2 = (id: string) => id.split('.').slice(0, 2).join('.');

export const rule: Rule = {
  meta: {
    id: 'N74',
    code: 'xfile/provider-bundle-id-not-found',
    family: 'xfile',
    severity: 'warning',
    kinds: ['profile'],
    fixable: true,
    needsProject: true,
    description: "A profile's provider or app bundle identifier shares the workspace's prefix but matches no target.",
    guidance: ['Q-U31', 'Q-U32', 'Q-U55'],
  },
  check(ctx) {
    const targets = ctx.project?.targets ?? [];
    const providers = targets.filter((t) => t.role !== 'app' && providerKinds(t).size > 0);
    // All target identifiers must be resolved, else "not found" cannot be known.
    if (providers.length === 0 || targets.some((t) => !t.bundleIdentifier)) return;
    const exts = targets.filter((t) => t.role !== 'app');
    const apps = targets.filter((t) => t.role === 'app');
    const prefixes = new Set(targets.map((t) => prefix2(t.bundleIdentifier!)));
    const found: { node: ScalarNode; provider: boolean }[] = [];
    walk(ctx.doc.root, (n) => {
      if (!isDict(n)) return;
      for (const e of n.entries) {
        if (e.duplicate || !isString(e.value)) continue;
        if (PROVIDER_KEYS.has(e.key.text)) found.push({ node: e.value, provider: true });
        else if (APP_KEYS.has(e.key.text)) found.push({ node: e.value, provider: false });
      }
    });
    for (const { node, provider } of found) {
      const id = node.text.trim();
      if (!id || hasBuildVariable(id) || id.split('.').length < 2 || !prefixes.has(prefix2(id))) continue;
      const pool: ProjectTargetView[] = provider ? exts : apps;
      if (pool.some((t) => t.bundleIdentifier === id) || targets.some((t) => t.bundleIdentifier === id)) continue;
      const candidates = provider ? pool.filter((t) => providerKinds(t).size > 0) : pool;
      const fixes =
        candidates.length === 1 && canFix(ctx.doc)
          ? [
              {
                title: `Replace with "${candidates[0].bundleIdentifier}"`,
                preferred: true,
                edits: [replaceContent(node, candidates[0].bundleIdentifier!)],
              },
            ]
          : [];
      ctx.report({
        start: node.contentStart,
        end: node.contentEnd,
        message: `"${id}" does not match any ${provider ? 'extension' : 'app'} target in this workspace (${pool.map((t) => t.bundleIdentifier).join(', ') || 'none'}).`,
        related: candidates
          .filter((t) => t.infoPlist)
          .map((t) => ({
            path: t.infoPlist!.path,
            lineIndex: t.infoPlist!.lineIndex,
            start: 0,
            end: 0,
            message: `Target "${t.name}" (${t.bundleIdentifier})`,
          })),
        fixes,
      });
    }
  },
};
