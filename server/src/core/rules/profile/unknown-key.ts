/**
 * N71 · profile/unknown-key — a key the pinned schema (+ overlay) does not define in that dict. Warning with a
 * did-you-mean suggestion (T7) and a rename fix; otherwise info tagged Unnecessary (the pin may predate the key).
 * Free-form dicts (vendor configuration, `ANY` dicts) and out-of-scope payloads are never checked.
 */
import type { Rule } from '../types';
import { didYouMean } from '../../knowledge/didYouMean';
import { replaceContent } from '../fixHelpers';
import { schemaSites } from './support/schemaSites';
import { PROFILE_KINDS } from './support/common';

export const rule: Rule = {
  meta: {
    id: 'N71',
    code: 'profile/unknown-key',
    family: 'profile',
    severity: 'warning',
    kinds: PROFILE_KINDS,
    scope: 'payload',
    fixable: true,
    description: "A key that Apple's schema does not define for this payload (often a misspelling).",
    guidance: [],
  },
  check(ctx) {
    const { unknown } = schemaSites(ctx.doc, ctx.file.schemaScope);
    for (const { entry, owner } of unknown) {
      const key = entry.key.text;
      const suggestion = didYouMean(key, owner.schema.keys.keys());
      const where = owner.payloadType === 'TopLevel' ? 'the profile (top level)' : owner.payloadType;
      const path = owner.path ? ` › ${owner.path}` : '';
      const hint = suggestion ? `; did you mean "${suggestion}"?` : '';
      ctx.report({
        start: entry.key.start,
        end: entry.key.end,
        severity: suggestion ? 'warning' : 'info',
        message: `"${key}" is not a key of ${where}${path}${hint}.`,
        ...(suggestion ? {} : { unnecessary: true }),
        data: suggestion ? { suggestion } : undefined,
        fixes: suggestion
          ? [{ title: `Rename to "${suggestion}"`, preferred: true, edits: [replaceContent(entry.key, suggestion)] }]
          : [],
      });
    }
  },
};
