/** N30 — VPNType `VPN`/`TransparentProxy` needs VPNSubType (the bundle identifier of the provider's app). */
import type { Fix, Rule } from '../types';
import { insertEntry, replaceContent, stringXml } from '../fixHelpers';
import { hasBuildVariable } from '../../text/buildVariables';
import {
  APPLAYER,
  VPN_MANAGED,
  canFix,
  dictNode,
  payloadsOf,
  stringNode,
  stringOf,
  valueSpan,
} from './support/payloads';
import { containerApp, targetByBundleId } from './support/project';
import type { PlistDocument } from '../../model/document';
import type { DictNode } from '../../model/plist';
import type { ProjectView } from '../../project/types';

const NEEDS_SUBTYPE = new Set(['VPN', 'TransparentProxy']);

export const rule: Rule = {
  meta: {
    id: 'N30',
    code: 'vpn/subtype-missing',
    family: 'vpn',
    severity: 'error',
    kinds: ['profile'],
    scope: 'payload',
    fixable: true,
    description:
      'VPNType VPN or TransparentProxy requires VPNSubType, the bundle identifier of the app containing the provider.',
    guidance: ['Q-U27', 'Q-U18'],
  },
  check(ctx) {
    for (const p of payloadsOf(ctx.doc, VPN_MANAGED, APPLAYER)) {
      const vt = p.vpnTypeNode;
      const type = p.vpnType;
      if (!vt || !type || !NEEDS_SUBTYPE.has(type)) continue;
      const sub = p.dict.map.get('VPNSubType')?.value;
      if (sub && !(sub.kind === 'string' && sub.text.trim() === '')) continue;
      ctx.report({
        ...valueSpan(vt),
        message: `VPNType ${type} requires VPNSubType (the bundle identifier of the app that contains the provider).`,
        fixes: canFix(ctx.doc) ? fixes(ctx.doc, p.dict, type, ctx.project) : [],
      });
    }
  },
};

function fixes(doc: PlistDocument, payload: DictNode, type: string, project?: ProjectView): Fix[] {
  const provider = stringOf(dictNode(payload, type), 'ProviderBundleIdentifier')?.trim();
  // Fills an empty VPNSubType in place, else inserts one. (Snippet text has no XML-special characters.)
  const edit = (value: string) => {
    const existing = stringNode(payload, 'VPNSubType');
    return existing ? replaceContent(existing, value) : insertEntry(doc, payload, 'VPNSubType', stringXml(value));
  };
  if (provider && !hasBuildVariable(provider)) {
    const target = targetByBundleId(project, provider);
    const app = target && containerApp(target);
    if (app?.bundleIdentifier) {
      return [
        { title: `Insert VPNSubType "${app.bundleIdentifier}"`, preferred: true, edits: [edit(app.bundleIdentifier)] },
      ];
    }
    const dot = provider.lastIndexOf('.');
    if (dot > 0) {
      const guess = provider.slice(0, dot);
      return [{ title: `Insert VPNSubType "${guess}"`, edits: [edit(guess)] }];
    }
  }
  return [{ title: 'Insert VPNSubType', snippet: true, edits: [edit('${1:com.example.app}')] }];
}
