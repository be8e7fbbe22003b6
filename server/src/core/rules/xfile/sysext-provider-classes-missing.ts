/**
 * N16 — a system extension signed for NE providers whose Info.plist has no `NetworkExtension › NEProviderClasses`
 * mapping: the system cannot instantiate the provider.
 */
import type { Rule } from '../types';
import { isDict } from '../../model/plist';
import { insertEntry } from '../fixHelpers';
import { baseOf, neValue } from '../../knowledge/neValues';
import { EXTENSION_POINTS } from '../../knowledge/extensionPoints';
import { neArray, ownTarget, relatedAt, rootDict, rootDictAnchor } from './support/crossFile';

const NON_PROVIDER = new Set(['dns-settings', 'relay', 'hotspot-provider']);

/** NEProviderClasses keys implied by the NE values (T1 → T2; content-filter-provider → filter-data). */
function pointsFor(values: string[]): string[] {
  const points = new Set<string>();
  for (const v of values) {
    const base = baseOf(v) ?? v;
    const kinds = neValue(base)?.kinds ?? [];
    const sysex = EXTENSION_POINTS.filter((p) => p.systemExtension && kinds.includes(p.point)).map((p) => p.point);
    const pick = sysex.includes('filter-data') ? ['filter-data'] : sysex;
    for (const p of pick) points.add(p);
  }
  return [...points];
}

function className(point: string): string {
  const p = EXTENSION_POINTS.find((x) => x.point === point);
  return (p?.providerClass.split(/\s*\/\s*/)[0] ?? 'Provider').replace(/^NE/, '');
}

export const rule: Rule = {
  meta: {
    id: 'N16',
    code: 'xfile/sysext-provider-classes-missing',
    family: 'xfile',
    severity: 'error',
    kinds: ['info-plist'],
    fixable: true,
    needsProject: true,
    description:
      'A system extension signed for NE providers has no NetworkExtension › NEProviderClasses in its Info.plist.',
    guidance: ['Q-U11', 'Q-D23'],
  },
  check(ctx) {
    const ext = ownTarget(ctx, 'info-plist');
    const root = rootDict(ctx.doc);
    if (ext?.role !== 'system-extension' || !root || !ext.entitlements) return;
    const ne = neArray(ext.entitlements, ext.context.lookupVariable);
    const providers = (ne?.items ?? []).filter(
      (i) => i.complete && neValue(i.value) && !NON_PROVIDER.has(baseOf(i.value) ?? i.value),
    );
    if (!ne || providers.length === 0) return;
    const entry = root.map.get('NetworkExtension');
    if (isDict(entry?.value) && entry.value.map.has('NEProviderClasses')) return;
    const values = providers.map((p) => p.value);
    const points = pointsFor(values);
    let n = 0;
    const classes = points
      .map(
        (p) =>
          `\t<key>com.apple.networkextension.${p}</key>\n\t<string>$(PRODUCT_MODULE_NAME).\${${++n}:${className(p)}}</string>`,
      )
      .join('\n');
    const classesXml = `<dict>\n${classes}\n</dict>`;
    const edit = isDict(entry?.value)
      ? insertEntry(ctx.doc, entry.value, 'NEProviderClasses', classesXml)
      : insertEntry(
          ctx.doc,
          root,
          'NetworkExtension',
          `<dict>\n\t<key>NEProviderClasses</key>\n${classesXml.replace(/^/gm, '\t')}\n</dict>`,
        );
    ctx.report({
      ...(entry ? { start: entry.key.start, end: entry.key.end } : rootDictAnchor(root)),
      message: `"${ext.name}" is signed for ${values.join(', ')} but its Info.plist has no NetworkExtension › NEProviderClasses mapping; the system cannot instantiate the provider.`,
      related: [relatedAt(ext.entitlements, ne.entry.key, `NE entitlement of "${ext.name}"`)],
      fixes: [{ title: 'Add NetworkExtension › NEProviderClasses', preferred: true, snippet: true, edits: [edit] }],
    });
  },
};
