/**
 * N23 — a restricted entitlement (data-driven governed list) whose value the associated provisioning profile does
 * not authorize: codesign/Xcode refuses the build, or macOS 15+ asks the user about an unauthorized app group.
 */
import type { Fix, Rule } from '../types';
import type { PlistNode } from '../../model/plist';
import { isArray, isString } from '../../model/plist';
import { removeNode } from '../fixHelpers';
import { resolveBuildVariables } from '../../text/buildVariables';
import { NE_KEY, SUFFIXABLE, SUFFIXED, baseOf, suffixedOf } from '../../knowledge/neValues';
import { relatedAt, rootDict } from '../xfile/support/crossFile';
import { KIND_LABEL, associatedProfile, isAuthorizedBy, profileStrings, showProfileFix } from './support/profile';

/** Governed keys of this version (catalog N23); booleans are checked as "true needs true". */
export const GOVERNED_KEYS = [
  NE_KEY,
  'com.apple.developer.system-extension.install',
  'com.apple.developer.networking.vpn.api',
  'com.apple.developer.networking.HotspotHelper',
  'com.apple.developer.team-identifier',
  'com.apple.application-identifier',
  'application-identifier',
  'keychain-access-groups',
  'com.apple.security.application-groups',
];
const APP_GROUPS = 'com.apple.security.application-groups';

export const rule: Rule = {
  meta: {
    id: 'N23',
    code: 'provisioning/entitlement-not-authorized',
    family: 'provisioning',
    severity: 'error',
    kinds: ['entitlements'],
    fixable: true,
    needsProject: true,
    description: 'A restricted entitlement value is not authorized by the associated provisioning profile.',
    guidance: ['Q-D05', 'Q-D06', 'Q-D12', 'Q-D13', 'Q-U39', 'Q-U15'],
  },
  check(ctx) {
    const a = associatedProfile(ctx);
    const root = rootDict(ctx.doc);
    if (!a || !root || !a.summary.entitlements) return;
    const team = a.summary.teamIds[0];
    const lookup = (n: string) =>
      (n === 'TeamIdentifierPrefix' || n === 'AppIdentifierPrefix') && team
        ? `${team}.`
        : n === 'DEVELOPMENT_TEAM' && team
          ? team
          : ctx.file.lookupVariable(n);
    const name = a.summary.name ?? a.doc.path;
    const kind = KIND_LABEL[a.summary.kind];
    const profileEnt = a.summary.entitlements;
    const macos =
      ctx.file.platform.value !== 'ios' && ctx.file.platform.value !== 'tvos' && ctx.file.platform.value !== 'visionos';
    for (const key of GOVERNED_KEYS) {
      const entry = root.map.get(key);
      if (!entry?.value) continue;
      const pEntry = profileEnt.map.get(key);
      const allowed = profileStrings(pEntry?.value);
      const related = [
        relatedAt(
          a.doc,
          pEntry?.key ?? profileEnt.element.open,
          pEntry ? `Profile "${name}" authorizes ${key}` : `Profile "${name}" entitlements`,
        ),
      ];
      const v = entry.value;
      if (v.kind === 'boolean') {
        const ok = pEntry?.value?.kind === 'boolean' && pEntry.value.text === 'true';
        if (v.text === 'true' && !ok) {
          ctx.report({
            start: entry.key.start,
            end: entry.key.end,
            message: `${key} is not authorized by provisioning profile "${name}" (${kind}).`,
            related,
            fixes: [showProfileFix(a, name)],
          });
        }
        continue;
      }
      const items: PlistNode[] = isArray(v) ? v.items : [v];
      for (const item of items) {
        if (!isString(item)) continue;
        const raw = item.text.trim();
        const r = resolveBuildVariables(raw, lookup);
        if (!r.complete || !raw) continue;
        if (key === APP_GROUPS && macos && !r.text.startsWith('group.')) continue;
        if (isAuthorizedBy(allowed, r.text)) continue;
        if (key === NE_KEY) {
          const alt = SUFFIXABLE.has(r.text) ? suffixedOf(r.text) : SUFFIXED.has(r.text) ? baseOf(r.text) : undefined;
          if (alt && isAuthorizedBy(allowed, alt)) continue; // N01
        }
        const note =
          key === APP_GROUPS && macos
            ? ' On macOS 15+ an unauthorized group. app group makes the system ask the user whether the app may access data from other apps.'
            : '';
        const fixes: Fix[] = isArray(v) ? [{ title: `Remove "${raw}"`, edits: [removeNode(ctx.doc, item)] }] : [];
        fixes.push(showProfileFix(a, name));
        ctx.report({
          start: item.contentStart,
          end: item.contentEnd,
          node: { start: item.start, end: item.end },
          message: `${key} = "${raw}" is not authorized by provisioning profile "${name}" (${kind}).${note}`,
          related,
          fixes,
        });
      }
    }
  },
};
