/**
 * N18 — Network Extension extension-point identifiers must be ones the system knows, for the right packaging:
 * `NEProviderClasses` keys (system extensions) and NE-namespace `NSExtensionPointIdentifier` /
 * `EXExtensionPointIdentifier` values (app extensions). Unknown points without a suggestion are only info:
 * Apple may have added the point after nelint's table (T2, data).
 */
import { isDict, isString } from '../../model/plist';
import type { DictNode, KeyNode, ScalarNode } from '../../model/plist';
import type { Fix, Rule, RuleContext } from '../types';
import { replaceContent } from '../fixHelpers';
import { hasBuildVariable } from '../../text/buildVariables';
import { didYouMean } from '../../knowledge/didYouMean';
import {
  APP_EXTENSION_POINTS,
  EXTENSION_POINTS,
  EXTENSION_POINT_PREFIX,
  SYSTEM_EXTENSION_POINTS,
  fullExtensionPointId,
} from '../../knowledge/extensionPoints';
import { rootDictOf } from './support/context';
import { canFix, keySpan, valueSpan } from './support/spans';
import type { Span } from './support/spans';

type Packaging = 'system' | 'app';

const IDS: Record<Packaging, readonly string[]> = {
  system: SYSTEM_EXTENSION_POINTS.map(fullExtensionPointId),
  app: APP_EXTENSION_POINTS.map(fullExtensionPointId),
};

/**
 * A common mix-up writes the entitlement value instead of the point (`…packet-tunnel-provider`). When the text
 * after the prefix is an NE entitlement value that maps to exactly one point of this packaging, that point is
 * the suggestion; otherwise T7 decides.
 */
function suggestionFor(id: string, packaging: Packaging): string | undefined {
  const name = id.trim().startsWith(EXTENSION_POINT_PREFIX) ? id.trim().slice(EXTENSION_POINT_PREFIX.length) : '';
  const base = name.replace(/-systemextension$/, '');
  const byValue = EXTENSION_POINTS.filter(
    (p) => p.neValue === base && (packaging === 'system' ? p.systemExtension : p.appExtension),
  );
  if (byValue.length === 1) return fullExtensionPointId(byValue[0].point);
  return didYouMean(id, IDS[packaging]);
}

function checkIdentifier(
  ctx: RuleContext,
  id: string,
  node: KeyNode | ScalarNode,
  span: Span,
  packaging: Packaging,
): void {
  if (IDS[packaging].includes(id)) return;
  const other: Packaging = packaging === 'system' ? 'app' : 'system';
  const head = `"${id}" is not a known Network Extension extension point for ${packaging} extensions.`;
  if (IDS[other].includes(id)) {
    ctx.report({ ...span, message: `${head} It is only available to ${other} extensions.` });
    return;
  }
  const suggestion = suggestionFor(id, packaging);
  if (suggestion === undefined) {
    ctx.report({ ...span, severity: 'info', message: head });
    return;
  }
  const fixes: Fix[] = canFix(ctx)
    ? [{ title: `Change to "${suggestion}"`, preferred: true, edits: [replaceContent(node, suggestion)] }]
    : [];
  ctx.report({ ...span, message: `${head} Did you mean "${suggestion}"?`, fixes });
}

function checkProviderClasses(ctx: RuleContext, root: DictNode): void {
  const ne = root.map.get('NetworkExtension')?.value;
  const classes = isDict(ne) ? ne.map.get('NEProviderClasses')?.value : undefined;
  if (!isDict(classes)) return;
  for (const e of classes.entries) {
    if (e.duplicate) continue;
    checkIdentifier(ctx, e.key.text, e.key, keySpan(e), 'system');
  }
}

function checkPointValue(ctx: RuleContext, root: DictNode, container: string, key: string): void {
  const dict = root.map.get(container)?.value;
  const value = isDict(dict) ? dict.map.get(key)?.value : undefined;
  if (!isString(value) || hasBuildVariable(value.text)) return;
  // Only the NE namespace is ours: widget, share and other extension points are not checked.
  if (!value.text.trim().startsWith(EXTENSION_POINT_PREFIX)) return;
  checkIdentifier(ctx, value.text, value, valueSpan(value), 'app');
}

export const rule: Rule = {
  meta: {
    id: 'N18',
    code: 'info-plist/unknown-extension-point',
    family: 'info-plist',
    severity: 'warning',
    kinds: ['info-plist'],
    fixable: true,
    description: 'A Network Extension extension-point identifier is unknown or not available for this packaging.',
    guidance: ['Q-U11', 'Q-U49', 'Q-D33'],
  },
  check(ctx) {
    const root = rootDictOf(ctx);
    if (!root) return;
    checkProviderClasses(ctx, root);
    checkPointValue(ctx, root, 'NSExtension', 'NSExtensionPointIdentifier');
    checkPointValue(ctx, root, 'EXAppExtensionAttributes', 'EXExtensionPointIdentifier');
  },
};
