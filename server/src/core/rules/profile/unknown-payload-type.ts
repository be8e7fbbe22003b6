/**
 * N73 · profile/unknown-payload-type — a `PayloadContent[]` type the pinned schema does not define. Warning for
 * `com.apple.*` types or when T7 suggests a known type; info for other domains (custom preference payloads).
 */
import type { Rule } from '../types';
import { getProfileModel } from '../../knowledge/profileModel';
import { isKnownPayloadType, knownPayloadTypes } from '../../knowledge/profileSchema';
import { didYouMean } from '../../knowledge/didYouMean';
import { replaceContent } from '../fixHelpers';
import { PROFILE_KINDS, valueAnchor } from './support/common';

let typesCache: string[] | undefined;

export const rule: Rule = {
  meta: {
    id: 'N73',
    code: 'profile/unknown-payload-type',
    family: 'profile',
    severity: 'warning',
    kinds: PROFILE_KINDS,
    scope: 'payload',
    fixable: true,
    description: "A payload type that Apple's schema does not define.",
    guidance: [],
  },
  check(ctx) {
    const model = getProfileModel(ctx.doc);
    const seen = new Map<string, string | undefined>();
    for (const p of model.payloads) {
      const t = p.type;
      if (!t || !t.value || t.variable || isKnownPayloadType(t.value)) continue;
      if (!seen.has(t.value)) seen.set(t.value, didYouMean(t.value, (typesCache ??= knownPayloadTypes())));
      const suggestion = seen.get(t.value);
      const warn = t.value.startsWith('com.apple.') || !!suggestion;
      ctx.report({
        ...valueAnchor(t.node),
        severity: warn ? 'warning' : 'info',
        message: `Unknown payload type "${t.value}"${suggestion ? `; did you mean "${suggestion}"?` : ''}.`,
        fixes: suggestion
          ? [{ title: `Change to "${suggestion}"`, preferred: true, edits: [replaceContent(t.node, suggestion)] }]
          : [],
      });
    }
  },
};
