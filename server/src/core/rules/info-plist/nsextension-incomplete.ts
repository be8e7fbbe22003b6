/**
 * N20 — an app extension's Info.plist must say what it extends: an `NSExtension` dict (or an ExtensionKit
 * `EXAppExtensionAttributes` dict) with `NSExtensionPointIdentifier`, and for Network Extension points an
 * `NSExtensionPrincipalClass` naming the provider class the system instantiates.
 */
import { isArray, isDict, isString } from '../../model/plist';
import type { DictNode } from '../../model/plist';
import type { Fix, Rule, RuleContext } from '../types';
import { insertEntry, replaceElement } from '../fixHelpers';
import { hasBuildVariable } from '../../text/buildVariables';
import {
  APP_EXTENSION_POINTS,
  EXTENSION_POINTS,
  EXTENSION_POINT_PREFIX,
  extensionPoint,
} from '../../knowledge/extensionPoints';
import { literalPackageType } from '../../knowledge/infoPlistFacts';
import { effectiveRole, explicitRole, rootDictOf } from './support/context';
import { canFix, dictSpan, keySpan } from './support/spans';

const NE_ENTITLEMENT = 'com.apple.developer.networking.networkextension';
const POINT_CHOICE = `\${1|${APP_EXTENSION_POINTS.join(',')}|}`;

/** `NEPacketTunnelProvider` → `PacketTunnelProvider`; a readable default for the principal-class snippet. */
function defaultClassName(point: string | undefined): string {
  const cls = point ? extensionPoint(point)?.providerClass : undefined;
  const m = cls ? /^NE(\w+)/.exec(cls) : null;
  return m ? m[1] : 'PacketTunnelProvider';
}

/** The one app-extension point the target's entitlements imply, when exactly one provider value is present. */
function impliedPoint(ctx: RuleContext): string | undefined {
  const root = ctx.project?.target?.entitlements?.root;
  const arr = isDict(root) ? root.map.get(NE_ENTITLEMENT)?.value : undefined;
  if (!isArray(arr)) return undefined;
  const points = new Set<string>();
  for (const item of arr.items) {
    if (!isString(item) || hasBuildVariable(item.text)) continue;
    const base = item.text.trim().replace(/-systemextension$/, '');
    const matches = EXTENSION_POINTS.filter((p) => p.appExtension && p.neValue === base);
    if (matches.length === 1) points.add(matches[0].point);
    else if (matches.length > 1) return undefined;
  }
  return points.size === 1 ? [...points][0] : undefined;
}

function principalClassXml(point: string | undefined, placeholder: number): string {
  return `<string>$(PRODUCT_MODULE_NAME).\${${placeholder}:${defaultClassName(point)}}</string>`;
}

function insertNSExtensionFix(ctx: RuleContext, root: DictNode): Fix[] {
  if (!canFix(ctx)) return [];
  const point = impliedPoint(ctx);
  const pointXml = point ? `${EXTENSION_POINT_PREFIX}${point}` : `${EXTENSION_POINT_PREFIX}${POINT_CHOICE}`;
  const xml = [
    '<dict>',
    '\t<key>NSExtensionPointIdentifier</key>',
    `\t<string>${pointXml}</string>`,
    '\t<key>NSExtensionPrincipalClass</key>',
    `\t${principalClassXml(point, point ? 1 : 2)}`,
    '</dict>',
  ].join('\n');
  return [
    {
      title: 'Add an NSExtension dictionary',
      preferred: true,
      snippet: true,
      edits: [insertEntry(ctx.doc, root, 'NSExtension', xml)],
    },
  ];
}

/** (a) the bundle is an app extension by something other than its own NSExtension dict, and has none. */
function checkMissing(ctx: RuleContext, root: DictNode): void {
  if (root.map.has('NSExtension') || root.map.has('EXAppExtensionAttributes')) return;
  const explicit = explicitRole(ctx);
  const byPath = /\.appex\//i.test(ctx.doc.path.replace(/\\/g, '/'));
  const established = explicit ? explicit === 'app-extension' : byPath || literalPackageType(root) === 'XPC!';
  if (!established) return;
  ctx.report({
    ...dictSpan(root),
    message: 'App-extension Info.plist has no NSExtension dictionary.',
    fixes: insertNSExtensionFix(ctx, root),
  });
}

function checkDict(ctx: RuleContext, root: DictNode): void {
  const entry = root.map.get('NSExtension');
  if (!entry?.value) return;
  const ext = entry.value;
  const span = keySpan(entry);
  if (!isDict(ext)) {
    ctx.report({ ...span, message: `NSExtension must be a <dict>, not <${ext.kind}>.` });
    return;
  }
  const pointValue = ext.map.get('NSExtensionPointIdentifier')?.value;
  if (!pointValue) {
    const fixes: Fix[] = canFix(ctx)
      ? [
          {
            title: 'Add NSExtensionPointIdentifier',
            snippet: true,
            edits: [
              insertEntry(
                ctx.doc,
                ext,
                'NSExtensionPointIdentifier',
                `<string>${EXTENSION_POINT_PREFIX}${POINT_CHOICE}</string>`,
              ),
            ],
          },
        ]
      : [];
    ctx.report({ ...span, message: 'App-extension Info.plist has no NSExtensionPointIdentifier.', fixes });
    return;
  }
  if (!isString(pointValue) || !pointValue.text.trim().startsWith(EXTENSION_POINT_PREFIX)) return;
  const principal = ext.map.get('NSExtensionPrincipalClass')?.value;
  if (isString(principal) && (principal.text.trim() !== '' || hasBuildVariable(principal.text))) return;
  if (principal && !isString(principal)) return; // a wrong type is not "missing"; left to the type rules
  const point = pointValue.text.trim().slice(EXTENSION_POINT_PREFIX.length);
  const xml = principalClassXml(point, 1);
  const edit = principal ? replaceElement(principal, xml) : insertEntry(ctx.doc, ext, 'NSExtensionPrincipalClass', xml);
  ctx.report({
    ...span,
    message: 'App-extension Info.plist has no NSExtensionPrincipalClass for the NE provider.',
    fixes: canFix(ctx) ? [{ title: 'Add NSExtensionPrincipalClass', snippet: true, edits: [edit] }] : [],
  });
}

export const rule: Rule = {
  meta: {
    id: 'N20',
    code: 'info-plist/nsextension-incomplete',
    family: 'info-plist',
    severity: 'error',
    kinds: ['info-plist'],
    fixable: true,
    description:
      'An app-extension Info.plist lacks the NSExtension dictionary, its extension point or its principal class.',
    guidance: ['Q-D28', 'Q-U49', 'Q-U32'],
  },
  check(ctx) {
    const root = rootDictOf(ctx);
    if (!root) return;
    const role = effectiveRole(ctx).role;
    if (role === 'system-extension' || role === 'app') return;
    checkMissing(ctx, root);
    checkDict(ctx, root);
  },
};
