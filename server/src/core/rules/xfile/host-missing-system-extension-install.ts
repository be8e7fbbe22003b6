/**
 * N04 — a container app that embeds a system extension must carry
 * `com.apple.developer.system-extension.install = true`, or activation fails with OSSystemExtensionErrorDomain
 * code 2 (missingEntitlement).
 */
import type { Rule } from '../types';
import { booleanXml, insertEntry, replaceElement } from '../fixHelpers';
import { docAnchor, ownTarget, relatedAt, rootDict, rootDictAnchor } from './support/crossFile';

const KEY = 'com.apple.developer.system-extension.install';

export const rule: Rule = {
  meta: {
    id: 'N04',
    code: 'xfile/host-missing-system-extension-install',
    family: 'xfile',
    severity: 'error',
    kinds: ['entitlements'],
    fixable: true,
    needsProject: true,
    description: 'A container app that embeds a system extension lacks com.apple.developer.system-extension.install.',
    guidance: ['Q-U07', 'Q-D27'],
  },
  check(ctx) {
    const app = ownTarget(ctx, 'entitlements');
    if (app?.role !== 'app') return;
    const sysex = app.embeds.find((t) => t.role === 'system-extension');
    const root = rootDict(ctx.doc);
    if (!sysex || !root) return;
    const entry = root.map.get(KEY);
    const value = entry?.value;
    if (value && value.kind !== 'boolean') return; // entitlements/wrong-value-type
    if (value?.kind === 'boolean' && value.text === 'true') return;
    const message =
      `"${app.name}" embeds system extension "${sysex.name}" but its entitlements lack ${KEY} = true; activation fails ` +
      'with OSSystemExtensionErrorDomain code 2 (missingEntitlement). The App ID needs the System Extension ' +
      'capability and a regenerated provisioning profile.';
    const related = sysex.infoPlist
      ? [relatedAt(sysex.infoPlist, docAnchor(sysex.infoPlist), `System extension "${sysex.name}"`)]
      : [];
    if (value) {
      ctx.report({
        start: value.start,
        end: value.end,
        message,
        related,
        fixes: [{ title: 'Set to true', preferred: true, edits: [replaceElement(value, booleanXml(ctx.doc, true))] }],
      });
      return;
    }
    ctx.report({
      ...rootDictAnchor(root),
      message,
      related,
      fixes: [
        {
          title: `Add ${KEY} = true`,
          preferred: true,
          edits: [insertEntry(ctx.doc, root, KEY, booleanXml(ctx.doc, true))],
        },
      ],
    });
  },
};
