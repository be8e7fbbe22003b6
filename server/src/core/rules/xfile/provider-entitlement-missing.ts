/**
 * N06 — an extension's Info.plist declares an NE extension point but the extension's own entitlements do not
 * carry the NE value that provider kind needs (App Store Connect 90525 "Missing Entitlement").
 */
import type { Rule } from '../types';
import { insertEntry } from '../fixHelpers';
import {
  NE_KEY,
  appendStrings,
  arrayXml,
  baseValueOfKind,
  familyOf,
  hasKindValue,
  neArray,
  ownTarget,
  providerKinds,
  relatedAt,
  rootDict,
  rootDictAnchor,
  toFamily,
} from './support/crossFile';
import type { Family } from './support/crossFile';
import { dictGet, isDict } from '../../model/plist';

export const rule: Rule = {
  meta: {
    id: 'N06',
    code: 'xfile/provider-entitlement-missing',
    family: 'xfile',
    severity: 'error',
    kinds: ['entitlements'],
    fixable: true,
    needsProject: true,
    description: "An extension's Info.plist declares an NE provider its entitlements do not authorize.",
    guidance: ['Q-D01', 'Q-U11'],
  },
  check(ctx) {
    const ext = ownTarget(ctx, 'entitlements');
    const root = rootDict(ctx.doc);
    if (!ext || ext.role === 'app' || !ext.infoPlist || !root) return;
    const kinds = [...providerKinds(ext)];
    if (kinds.length === 0) return;
    const ne = neArray(ctx.doc, ctx.file.lookupVariable);
    if (ne && (!ne.array || ne.items.some((i) => !i.complete))) return;
    const own = familyOf(ne);
    const dist = ctx.file.distribution;
    const family: Family =
      own === 'suffixed' || (own !== 'standard' && dist.value === 'developer-id' && dist.confidence === 'strong')
        ? 'suffixed'
        : 'standard';
    const missing: { kind: string; value: string }[] = [];
    for (const kind of kinds) {
      const base = baseValueOfKind(kind);
      if (!base || (ne && hasKindValue(ne, base))) continue;
      const value = toFamily(base, family);
      if (!missing.some((m) => m.value === value)) missing.push({ kind, value });
    }
    if (missing.length === 0) return;
    const info = ext.infoPlist;
    const infoRoot = rootDict(info);
    const point =
      dictGet(infoRoot, 'NetworkExtension') ??
      dictGet(infoRoot, 'NSExtension') ??
      dictGet(infoRoot, 'EXAppExtensionAttributes');
    const evidenceNode =
      point && isDict(point) && point.entry
        ? point.entry.key
        : infoRoot
          ? rootDictAnchor(infoRoot)
          : { start: 0, end: 0 };
    const related = [relatedAt(info, evidenceNode, `"${ext.name}" declares ${missing.map((m) => m.kind).join(', ')}`)];
    const values = missing.map((m) => m.value);
    const message = `"${ext.name}" declares the ${missing.map((m) => m.kind).join(', ')} extension point but its entitlements do not include "${values.join('", "')}" (or the other suffix form).`;
    if (!ne) {
      ctx.report({
        ...rootDictAnchor(root),
        message,
        related,
        fixes: [
          { title: `Add ${NE_KEY}`, preferred: true, edits: [insertEntry(ctx.doc, root, NE_KEY, arrayXml(values))] },
        ],
      });
      return;
    }
    ctx.report({
      start: ne.entry.key.start,
      end: ne.entry.key.end,
      message,
      related,
      fixes: [
        { title: `Add "${values.join('", "')}"`, preferred: true, edits: [appendStrings(ctx.doc, ne.array!, values)] },
      ],
    });
  },
};
