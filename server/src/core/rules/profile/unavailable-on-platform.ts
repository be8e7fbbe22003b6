/**
 * N72 · profile/unavailable-on-platform — a payload type or key that the effective `supportedOS` (payload, then
 * each key down the path, field by field) marks unavailable on the file's platform, or removed / introduced
 * relative to the configured minimum OS. Reported once, at the outermost unavailable node.
 */
import type { Rule } from '../types';
import type { SchemaPlatform } from '../../knowledge/profileSchema';
import { removeEntry } from '../fixHelpers';
import { schemaSites } from './support/schemaSites';
import type { Unavailable } from './support/availability';
import { PLATFORM_NAMES, unavailability } from './support/availability';
import { PROFILE_KINDS, valueAnchor } from './support/common';

function describe(what: string, platform: SchemaPlatform, u: Unavailable): string {
  const name = PLATFORM_NAMES[platform];
  if (u.reason === 'n/a') return `${what} is not available on ${name}; it will be ignored.`;
  if (u.reason === 'removed') return `${what} was removed in ${name} ${u.version}; it will be ignored.`;
  return `${what} is not available on ${name} before ${u.version}; it will be ignored.`;
}

export const rule: Rule = {
  meta: {
    id: 'N72',
    code: 'profile/unavailable-on-platform',
    family: 'profile',
    severity: 'warning',
    kinds: PROFILE_KINDS,
    scope: 'payload',
    fixable: true,
    description: "A payload or key that Apple's schema marks unavailable on the profile's platform.",
    guidance: [],
  },
  check(ctx) {
    const platform = ctx.file.platform.value;
    if (platform === 'unknown') return;
    const minimum = ctx.file.minimumOS[platform];
    const { dicts, ownAvailability } = schemaSites(ctx.doc, ctx.file.schemaScope);
    for (const d of dicts) {
      if (!d.complete || !d.envelopeLevel || d.payloadType === 'TopLevel' || !d.payload?.type) continue;
      const u = unavailability(d.supportedOS, platform, minimum);
      if (u) ctx.report({ ...valueAnchor(d.payload.type.node), message: describe(d.payloadType, platform, u) });
    }
    // A key whose availability is its dict's is reported with the dict (or not at all): only keys with their
    // own supportedOS are candidates (the list keeps document order).
    for (const site of ownAvailability) {
      if (!site.entry || !site.owner.complete) continue;
      const u = unavailability(site.supportedOS, platform, minimum);
      if (!u || unavailability(site.owner.supportedOS, platform, minimum)) continue;
      ctx.report({
        start: site.entry.key.start,
        end: site.entry.key.end,
        message: describe(site.entry.key.text, platform, u),
        fixes: [{ title: `Remove ${site.entry.key.text}`, edits: [removeEntry(ctx.doc, site.entry)] }],
      });
    }
  },
};
