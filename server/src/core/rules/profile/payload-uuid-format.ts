/** N65 · profile/payload-uuid-format — PayloadUUID should be a UUID (catalog T6; lower case is fine). */
import type { Rule } from '../types';
import { getProfileModel } from '../../knowledge/profileModel';
import { isUuid } from '../../knowledge/formats';
import { newUuid } from '../../knowledge/uuid';
import { replaceContent } from '../fixHelpers';
import { PROFILE_KINDS, valueAnchor } from './support/common';

export const rule: Rule = {
  meta: {
    id: 'N65',
    code: 'profile/payload-uuid-format',
    family: 'profile',
    severity: 'warning',
    kinds: PROFILE_KINDS,
    scope: 'payload',
    fixable: true,
    description: 'PayloadUUID should be a UUID (MDM tooling expects one, even though macOS accepts any unique string).',
    guidance: [],
  },
  check(ctx) {
    const model = getProfileModel(ctx.doc);
    if (!model.envelope) return;
    for (const p of [model.envelope, ...model.payloads]) {
      const u = p.uuid;
      if (!u || !u.value || u.variable || isUuid(u.value)) continue;
      ctx.report({
        ...valueAnchor(u.node),
        message: `PayloadUUID "${u.value}" is not a UUID (macOS accepts any unique string, but MDM tooling expects a UUID).`,
        fixes: [{ title: 'Replace with a new UUID', preferred: true, edits: [replaceContent(u.node, newUuid())] }],
      });
    }
  },
};
