/** N64 · profile/duplicate-payload-uuid — PayloadUUIDs must be unique within one profile (Map, not pairwise). */
import type { Rule } from '../types';
import { getProfileModel } from '../../knowledge/profileModel';
import { newUuid } from '../../knowledge/uuid';
import { replaceContent } from '../fixHelpers';
import { PROFILE_KINDS, valueAnchor } from './support/common';

export const rule: Rule = {
  meta: {
    id: 'N64',
    code: 'profile/duplicate-payload-uuid',
    family: 'profile',
    severity: 'error',
    kinds: PROFILE_KINDS,
    fixable: true,
    description: 'Each PayloadUUID (profile and payloads) must be unique within the profile.',
    guidance: [],
  },
  check(ctx) {
    const model = getProfileModel(ctx.doc);
    // Map#forEach rather than `for (const [k, v] of map)`: the tuple destructuring is slow until the JIT has
    // warmed up, and a CLI run validates once (10,000 entries in a large profile).
    model.byUuid.forEach((found, uuid) => {
      if (found.length < 2) return;
      // Document order: the envelope's key often comes after PayloadContent.
      const list = [...found].sort((a, b) => a.uuid!.node.start - b.uuid!.node.start);
      const first = list[0].uuid!.node;
      const line = ctx.doc.lineIndex.positionAt(first.start).line + 1;
      for (const p of list.slice(1)) {
        const node = p.uuid!.node;
        ctx.report({
          ...valueAnchor(node),
          message: `PayloadUUID "${p.uuid!.value}" is already used in this profile (line ${line}).`,
          data: { uuid },
          related: [{ ...valueAnchor(first), message: 'First use of this PayloadUUID' }],
          fixes: [{ title: 'Replace with a new UUID', preferred: true, edits: [replaceContent(node, newUuid())] }],
        });
      }
    });
  },
};
