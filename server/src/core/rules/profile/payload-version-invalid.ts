/** N62 · profile/payload-version-invalid — root and payload `PayloadVersion` must be `<integer>1</integer>`. */
import type { Rule } from '../types';
import { getProfileModel } from '../../knowledge/profileModel';
import { replaceElement } from '../fixHelpers';
import { PROFILE_KINDS, valueAnchor } from './support/common';

export const rule: Rule = {
  meta: {
    id: 'N62',
    code: 'profile/payload-version-invalid',
    family: 'profile',
    severity: 'error',
    kinds: PROFILE_KINDS,
    scope: 'payload',
    fixable: true,
    fixAll: true,
    description: 'PayloadVersion (profile and payloads) must be <integer>1</integer>.',
    guidance: [],
    supersedes: [
      { code: 'profile/value-type-mismatch', scope: 'node' },
      { code: 'profile/value-not-in-rangelist', scope: 'node' },
    ],
  },
  check(ctx) {
    const model = getProfileModel(ctx.doc);
    if (!model.envelope) return;
    for (const p of [model.envelope, ...model.payloads]) {
      const v = p.version;
      if (!v || (v.kind === 'integer' && v.text.trim() === '1')) continue;
      ctx.report({
        ...valueAnchor(v),
        message: 'PayloadVersion must be <integer>1</integer>.',
        fixes: [
          {
            title: 'Replace with <integer>1</integer>',
            preferred: true,
            edits: [replaceElement(v, '<integer>1</integer>')],
          },
        ],
      });
    }
  },
};
