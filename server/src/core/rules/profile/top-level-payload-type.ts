/**
 * N61 · profile/top-level-payload-type — the root `PayloadType` must be `Configuration`. A known payload type at
 * the root means the file is a bare payload: offer to wrap it in a profile envelope.
 */
import type { Rule } from '../types';
import { getProfileModel } from '../../knowledge/profileModel';
import { isKnownPayloadType } from '../../knowledge/profileSchema';
import { newUuid } from '../../knowledge/uuid';
import { replaceContent } from '../fixHelpers';
import type { Fix } from '../types';
import { PROFILE_KINDS, valueAnchor } from './support/common';
import { wrapInProfileFix } from './support/wrap';

export const rule: Rule = {
  meta: {
    id: 'N61',
    code: 'profile/top-level-payload-type',
    family: 'profile',
    severity: 'error',
    kinds: PROFILE_KINDS,
    fixable: true,
    description: 'The top-level PayloadType of a configuration profile must be "Configuration".',
    guidance: [],
    supersedes: [
      { code: 'profile/value-type-mismatch', scope: 'node' },
      { code: 'profile/value-not-in-rangelist', scope: 'node' },
    ],
  },
  check(ctx) {
    const model = getProfileModel(ctx.doc);
    const root = model.root;
    const value = root?.map.get('PayloadType')?.value;
    if (!root || !value) return;
    const text = value.kind === 'dict' || value.kind === 'array' ? undefined : value.text.trim();
    if (text === 'Configuration' && value.kind === 'string') return;
    if (value.kind === 'string' && model.envelope?.type?.variable) return;
    const fixes: Fix[] = [];
    const known = value.kind === 'string' && text !== undefined && isKnownPayloadType(text);
    if (value.kind === 'string' && text?.toLowerCase() === 'configuration') {
      fixes.push({
        title: 'Change to "Configuration"',
        preferred: true,
        edits: [replaceContent(value, 'Configuration')],
      });
    } else if (known && !root.map.has('PayloadContent')) {
      const env = model.envelope!;
      fixes.push(
        wrapInProfileFix(ctx.doc, root, {
          title: 'Wrap this payload in a Configuration profile',
          preferred: true,
          uuid: newUuid(),
          identifier: env.identifier?.value ? `${env.identifier.value}.profile` : undefined,
          displayName: env.displayName?.value || undefined,
        }),
      );
    }
    const bare = known ? `; "${text}" is a payload type — this file is a bare payload` : '';
    ctx.report({
      ...valueAnchor(value),
      message: `The profile's top-level PayloadType must be "Configuration"${bare}.`,
      fixes,
    });
  },
};
