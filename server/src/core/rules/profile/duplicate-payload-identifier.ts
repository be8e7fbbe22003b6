/**
 * N66 · profile/duplicate-payload-identifier — payload identifiers must be unique within the profile and differ
 * from the profile's own identifier (Map, not pairwise). Sharing across files is fine (replacement semantics).
 */
import type { Rule } from '../types';
import { getProfileModel } from '../../knowledge/profileModel';
import { replaceContent } from '../fixHelpers';
import { PROFILE_KINDS, valueAnchor } from './support/common';

export const rule: Rule = {
  meta: {
    id: 'N66',
    code: 'profile/duplicate-payload-identifier',
    family: 'profile',
    severity: 'warning',
    kinds: PROFILE_KINDS,
    fixable: true,
    description: 'Each payload needs its own PayloadIdentifier, different from the profile identifier.',
    guidance: [],
  },
  check(ctx) {
    const model = getProfileModel(ctx.doc);
    // Map#forEach rather than `for (const [k, v] of map)`: the tuple destructuring is slow until the JIT has
    // warmed up, and a CLI run validates once (10,000 entries in a large profile).
    model.byIdentifier.forEach((found, id) => {
      if (found.length < 2) return;
      // Document order: the envelope's key often comes after PayloadContent.
      const list = [...found].sort((a, b) => a.identifier!.node.start - b.identifier!.node.start);
      const first = list[0].identifier!.node;
      for (const p of list.slice(1)) {
        const node = p.identifier!.node;
        const uuid = p.uuid && !p.uuid.variable ? p.uuid.value : '';
        ctx.report({
          ...valueAnchor(node),
          message: `PayloadIdentifier "${id}" is used more than once in this profile.`,
          related: [{ ...valueAnchor(first), message: 'First use of this PayloadIdentifier' }],
          fixes: uuid
            ? [
                {
                  title: `Append ".${uuid}"`,
                  preferred: true,
                  edits: [replaceContent(node, `${node.text.trim()}.${uuid}`)],
                },
              ]
            : [],
        });
      }
    });
  },
};
