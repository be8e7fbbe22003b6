/**
 * N48 — FilterSockets/FilterPackets true need the matching provider's bundle identifier and designated
 * requirement (FilterDataProvider* / FilterPacketProvider*). n/a on iOS: silent there.
 */
import type { Fix, Rule, RuleContext, TextEdit } from '../types';
import { insertEntry, replaceContent, stringXml } from '../fixHelpers';
import type { DictNode, PlistNode } from '../../model/plist';
import { hasBuildVariable } from '../../text/buildVariables';
import {
  WEB_FILTER,
  canFix,
  hasText,
  isTrue,
  payloadsOf,
  stringNode,
  stringOf,
  valueSpan,
} from '../vpn/support/payloads';
import {
  containerApp,
  designatedRequirementFor,
  identifierFromRequirement,
  targetByBundleId,
} from '../vpn/support/project';

interface Provider {
  switchKey: 'FilterSockets' | 'FilterPackets';
  id: string;
  dr: string;
}
const DATA: Provider = {
  switchKey: 'FilterSockets',
  id: 'FilterDataProviderBundleIdentifier',
  dr: 'FilterDataProviderDesignatedRequirement',
};
const PACKET: Provider = {
  switchKey: 'FilterPackets',
  id: 'FilterPacketProviderBundleIdentifier',
  dr: 'FilterPacketProviderDesignatedRequirement',
};

export const rule: Rule = {
  meta: {
    id: 'N48',
    code: 'filter/provider-identity-missing',
    family: 'filter',
    severity: 'error',
    kinds: ['profile'],
    scope: 'payload',
    fixable: true,
    description: 'An enabled socket or packet filter needs its provider bundle identifier and designated requirement.',
    guidance: [],
  },
  check(ctx) {
    const platform = ctx.file.platform.value;
    if (platform === 'ios' || platform === 'tvos' || platform === 'visionos') return;
    for (const p of payloadsOf(ctx.doc, WEB_FILTER)) {
      for (const prov of [DATA, PACKET]) {
        if (!isTrue(p.dict, prov.switchKey)) continue;
        const hasId = hasText(p.dict, prov.id);
        const hasDr = hasText(p.dict, prov.dr);
        if (hasId && hasDr) continue;
        // Socket filter with neither key: only certain on macOS (§1.9); unknown platform stays silent.
        if (prov === DATA && !hasId && !hasDr && platform !== 'macos') continue;
        const missing = [hasId ? undefined : prov.id, hasDr ? undefined : prov.dr].filter((k): k is string => !!k);
        const sw = p.dict.map.get(prov.switchKey)!.value as PlistNode;
        ctx.report({
          ...valueSpan(sw),
          message: `${prov.switchKey} is true, so ${missing.join(' and ')} ${missing.length > 1 ? 'are' : 'is'} required.`,
          data: { missing },
          fixes: canFix(ctx.doc) ? fixes(ctx, p.dict, prov, missing) : [],
        });
      }
    }
  },
};

function fixes(ctx: RuleContext, d: DictNode, prov: Provider, missing: string[]): Fix[] {
  const set = (key: string, v: string) => {
    const existing = stringNode(d, key);
    return existing ? replaceContent(existing, v) : insertEntry(ctx.doc, d, key, stringXml(v));
  };
  if (missing.length === 2) {
    return [
      {
        title: `Insert ${prov.id} and ${prov.dr}`,
        snippet: true,
        edits: merge([
          set(prov.id, '${1:com.example.app.filter}'),
          set(prov.dr, '${2:anchor apple generic and identifier "com.example.app.filter"}'),
        ]),
      },
    ];
  }
  if (missing[0] === prov.id) {
    const id = identifierFromRequirement(stringOf(d, prov.dr) ?? '');
    if (id) return [{ title: `Insert ${prov.id} "${id}"`, preferred: true, edits: [set(prov.id, id)] }];
    return [{ title: `Insert ${prov.id}`, snippet: true, edits: [set(prov.id, '${1:com.example.app.filter}')] }];
  }
  const id = stringOf(d, prov.id)!.trim();
  const target = targetByBundleId(ctx.project, id);
  const team = target?.context.team ?? (target && containerApp(target)?.context.team) ?? ctx.file.team;
  if (team && /^[A-Z0-9]{10}$/.test(team) && !hasBuildVariable(id)) {
    return [
      {
        title: `Insert ${prov.dr} for "${id}"`,
        preferred: true,
        edits: [set(prov.dr, designatedRequirementFor(id, team))],
      },
    ];
  }
  const escaped = id.replace(/[\\$}]/g, (c) => '\\' + c);
  return [
    {
      title: `Insert ${prov.dr} (paste the output of codesign -d -r- <extension bundle>)`,
      snippet: true,
      edits: [set(prov.dr, `\${1:anchor apple generic and identifier "${escaped}"}`)],
    },
  ];
}

/** Two insertions at the same offset become one edit, so their order is defined. */
function merge(edits: TextEdit[]): TextEdit[] {
  const [a, b] = edits;
  if (a.start === a.end && b.start === b.end && a.start === b.start) return [{ ...a, newText: a.newText + b.newText }];
  return edits;
}
