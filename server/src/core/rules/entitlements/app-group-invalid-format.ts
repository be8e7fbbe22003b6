/**
 * N22 — an app group that is not `group.<reverse-DNS>` (every platform) or `<TeamID>.<reverse-DNS>`
 * (macOS only). Team-prefix variables (§1.6) count as a Team ID; any other unresolved variable skips the
 * element. Fixes are offered but never preferred: renaming a group moves its shared container.
 */
import type { Fix, Rule } from '../types';
import type { Platform } from '../../context/types';
import { isString } from '../../model/plist';
import type { ScalarNode } from '../../model/plist';
import { hasBuildVariable, resolveBuildVariables } from '../../text/buildVariables';
import { REVERSE_DNS_PATTERN } from '../../knowledge/formats';
import { fixesAllowed, rootArray, valueRange } from './support/values';

const GROUPS_KEY = 'com.apple.security.application-groups';
const TEAM_PREFIX_FORMS = [
  '$(TeamIdentifierPrefix)',
  '$(AppIdentifierPrefix)',
  '${TeamIdentifierPrefix}',
  '${AppIdentifierPrefix}',
  '$(DEVELOPMENT_TEAM).',
  '${DEVELOPMENT_TEAM}.',
];
const LITERAL_TEAM_PREFIX = /^[A-Z0-9]{10}\./;
const GROUP_PREFIX = 'group.';

type Prefix = 'team' | 'group' | 'none';

interface Classified {
  prefix: Prefix;
  /** Length of the prefix in the (resolved) text. */
  prefixLength: number;
  rest: string;
}

/** Undefined when the element contains an unresolved variable other than a leading team-prefix form. */
function classify(raw: string, lookup: (n: string) => string | undefined): Classified | undefined {
  const form = TEAM_PREFIX_FORMS.find((f) => raw.startsWith(f));
  if (form) {
    const rest = resolveBuildVariables(raw.slice(form.length), lookup);
    return rest.complete ? { prefix: 'team', prefixLength: form.length, rest: rest.text } : undefined;
  }
  const r = resolveBuildVariables(raw, lookup);
  if (!r.complete) return undefined;
  const g = r.text;
  if (g.startsWith(GROUP_PREFIX)) return { prefix: 'group', prefixLength: GROUP_PREFIX.length, rest: g.slice(6) };
  if (LITERAL_TEAM_PREFIX.test(g)) return { prefix: 'team', prefixLength: 11, rest: g.slice(11) };
  return { prefix: 'none', prefixLength: 0, rest: g };
}

function allowedPrefixes(platform: Platform): Prefix[] {
  return platform === 'ios' || platform === 'tvos' || platform === 'visionos' ? ['group'] : ['group', 'team'];
}

function fixesFor(node: ScalarNode, c: Classified, iosFamily: boolean): Fix[] {
  const literal = !hasBuildVariable(node.text);
  const restValid = REVERSE_DNS_PATTERN.test(c.rest);
  if (!restValid || node.hasReferences) return [];
  const at = node.contentStart;
  const insert = (title: string, text: string): Fix => ({ title, edits: [{ start: at, end: at, newText: text }] });
  if (c.prefix === 'none' && literal) {
    return iosFamily
      ? [insert('Prefix with group.', GROUP_PREFIX)]
      : [
          insert('Prefix with $(TeamIdentifierPrefix)', '$(TeamIdentifierPrefix)'),
          insert('Prefix with group.', GROUP_PREFIX),
        ];
  }
  if (c.prefix === 'team' && iosFamily) {
    const end = at + c.prefixLength;
    const alreadyGroup = c.rest.startsWith(GROUP_PREFIX);
    return [
      {
        title: alreadyGroup ? 'Remove the Team ID prefix' : 'Replace the Team ID prefix with group.',
        edits: [{ start: at, end, newText: alreadyGroup ? '' : GROUP_PREFIX }],
      },
    ];
  }
  return [];
}

const PLATFORM_NAMES: Record<string, string> = { ios: 'iOS', tvos: 'tvOS', visionos: 'visionOS', macos: 'macOS' };

export const rule: Rule = {
  meta: {
    id: 'N22',
    code: 'entitlements/app-group-invalid-format',
    family: 'entitlements',
    severity: 'error',
    kinds: ['entitlements'],
    fixable: true,
    description: 'An app group identifier that is not group.<reverse-DNS> (or <TeamID>.<reverse-DNS> on macOS).',
    guidance: ['Q-D19', 'Q-D15', 'Q-U14', 'Q-U16'],
  },
  check(ctx) {
    const arr = rootArray(ctx.doc, GROUPS_KEY);
    if (!arr) return;
    const platform = ctx.file.platform.value;
    const iosFamily = allowedPrefixes(platform).length === 1;
    const allowed = allowedPrefixes(platform);
    for (const node of arr.items) {
      if (!isString(node)) continue;
      const c = classify(node.text, ctx.file.lookupVariable);
      if (!c) continue;
      const prefixOk = c.prefix !== 'none' && allowed.includes(c.prefix);
      if (prefixOk && REVERSE_DNS_PATTERN.test(c.rest)) continue;
      const where = platform === 'unknown' ? '' : `${PLATFORM_NAMES[platform]} `;
      const use = iosFamily ? '"group.<reverse-DNS>"' : '"<TeamID>.<reverse-DNS>" or "group.<reverse-DNS>"';
      ctx.report({
        ...valueRange(node),
        message: `App group "${node.text}" is not a valid ${where}app-group identifier; use ${use}.`,
        data: { group: node.text, prefix: c.prefix },
        fixes: fixesAllowed(ctx) ? fixesFor(node, c, iosFamily) : [],
      });
    }
  },
};
