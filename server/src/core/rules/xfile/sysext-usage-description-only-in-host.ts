/**
 * N12 — `NSSystemExtensionUsageDescription` placed in the container app's Info.plist, where the system never
 * reads it, instead of the system extension's.
 */
import type { Fix, Rule } from '../types';
import type { ProjectTargetView } from '../../project/types';
import { isString } from '../../model/plist';
import { insertEntry, removeEntry, stringXml } from '../fixHelpers';
import { containerApps, ownTarget, relatedAt, rootDict, rootDictAnchor } from './support/crossFile';

const KEY = 'NSSystemExtensionUsageDescription';

function modelValue(t: ProjectTargetView): string | undefined {
  const v = t.infoPlistKeys?.[KEY] ?? t.context.lookupVariable(`INFOPLIST_KEY_${KEY}`);
  return typeof v === 'string' ? v : undefined;
}

export const rule: Rule = {
  meta: {
    id: 'N12',
    code: 'xfile/sysext-usage-description-only-in-host',
    family: 'xfile',
    severity: 'error',
    kinds: ['info-plist'],
    fixable: true,
    needsProject: true,
    description: 'NSSystemExtensionUsageDescription is in the container app but not in the system extension.',
    guidance: ['Q-U09', 'Q-U10'],
    supersedes: [{ code: 'info-plist/sysext-usage-description-missing', scope: 'file' }],
  },
  check(ctx) {
    const ext = ownTarget(ctx, 'info-plist');
    const root = rootDict(ctx.doc);
    if (ext?.role !== 'system-extension' || !root) return;
    if (root.map.has(KEY) || modelValue(ext) !== undefined) return;
    for (const app of containerApps(ext)) {
      const entry = rootDict(app.infoPlist)?.map.get(KEY);
      const fileText = isString(entry?.value) ? entry.value.text : undefined;
      const text = fileText?.trim() ? fileText : modelValue(app);
      if (!text?.trim()) continue;
      const fixes: Fix[] = [
        {
          title: `Add ${KEY} (from "${app.name}")`,
          preferred: true,
          edits: [insertEntry(ctx.doc, root, KEY, stringXml(text))],
        },
      ];
      if (entry && app.infoPlist) {
        fixes.push({
          title: `Remove ${KEY} from "${app.name}"`,
          preferred: false,
          edits: [],
          otherFiles: [{ path: app.infoPlist.path, edits: [removeEntry(app.infoPlist, entry)] }],
        });
      }
      ctx.report({
        ...rootDictAnchor(root),
        message: `${KEY} is in the container app "${app.name}" but not in the system extension "${ext.name}", which is the Info.plist the system reads.`,
        related: app.infoPlist && entry ? [relatedAt(app.infoPlist, entry.key, `${KEY} in "${app.name}"`)] : [],
        fixes,
      });
      return;
    }
  },
};
