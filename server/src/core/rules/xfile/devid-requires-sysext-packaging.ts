/**
 * N19 — a macOS NE provider packaged as an app extension (Contents/PlugIns) but signed for Developer ID (or with
 * `-systemextension` values): Developer ID NE providers must be system extensions ("Signature check failed").
 */
import type { Fix, Rule } from '../types';
import { dictGet, isDict, isString } from '../../model/plist';
import { replaceContent } from '../fixHelpers';
import { SUFFIXED, baseOf } from '../../knowledge/neValues';
import { extensionPoint } from '../../knowledge/extensionPoints';
import { containerApps, neArray, ownTarget, relatedAt, rootDict } from './support/crossFile';
import type { ContextValue, Distribution } from '../../context/types';

const strongDevId = (d: ContextValue<Distribution>) => d.value === 'developer-id' && d.confidence === 'strong';

export const rule: Rule = {
  meta: {
    id: 'N19',
    code: 'xfile/devid-requires-sysext-packaging',
    family: 'xfile',
    severity: 'error',
    kinds: ['info-plist'],
    fixable: true,
    needsProject: true,
    description:
      'A macOS NE app extension is signed for Developer ID; such providers must be packaged as system extensions.',
    guidance: ['Q-D09', 'Q-D21', 'Q-D22', 'Q-U34', 'Q-U49', 'Q-U35', 'Q-U36', 'Q-U33', 'Q-U37', 'Q-D30'],
  },
  check(ctx) {
    const ext = ownTarget(ctx, 'info-plist');
    if (ext?.role !== 'app-extension' || ctx.file.platform.value !== 'macos') return;
    const nsext = dictGet(rootDict(ctx.doc), 'NSExtension');
    const pointNode = isDict(nsext) ? dictGet(nsext, 'NSExtensionPointIdentifier') : undefined;
    if (!isString(pointNode) || !extensionPoint(pointNode.text.trim())) return;
    const ne = ext.entitlements ? neArray(ext.entitlements, ext.context.lookupVariable) : undefined;
    const suffixed = (ne?.items ?? []).filter((i) => i.complete && SUFFIXED.has(i.value));
    const apps = containerApps(ext);
    const devId = strongDevId(ctx.file.distribution) || apps.some((a) => strongDevId(a.context.distribution));
    if (!devId && suffixed.length === 0) return;
    const fixes: Fix[] = [];
    if (suffixed.length && ext.entitlements) {
      fixes.push({
        title: `Mac App Store intent: remove -systemextension from "${ext.name}"'s values`,
        edits: [],
        otherFiles: [
          { path: ext.entitlements.path, edits: suffixed.map((i) => replaceContent(i.node, baseOf(i.value)!)) },
        ],
      });
    }
    ctx.report({
      start: pointNode.contentStart,
      end: pointNode.contentEnd,
      message: `"${ext.name}" is a macOS app extension (Contents/PlugIns) but is ${devId ? 'signed for Developer ID' : 'signed with -systemextension values'}; Developer ID Network Extension providers must be packaged as system extensions.`,
      related:
        ext.entitlements && ne ? [relatedAt(ext.entitlements, ne.entry.key, `NE entitlement of "${ext.name}"`)] : [],
      fixes,
    });
  },
};
