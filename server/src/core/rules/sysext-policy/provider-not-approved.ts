/**
 * N52 — an NE provider of this profile whose team has an explicit AllowedSystemExtensions list that does
 * not include it (catalog N52): the user would have to approve the system extension manually.
 */
import type { PlistDocument } from '../../model/document';
import type { ArrayNode, ScalarNode } from '../../model/plist';
import type { ReqExpr } from '../../requirement/ast';
import { parsedRequirement } from '../../requirement/sites';
import { teamValues } from '../../requirement/query';
import { hasBuildVariable } from '../../text/buildVariables';
import { detectEol, detectIndentUnit, escapeXml, lineIndentAt } from '../fixHelpers';
import type { Rule, TextEdit } from '../types';
import { isRealTeamId, policyPayloads, singlePolicyTeam, type TeamKeyedEntry } from './policy';
import { neProviders } from './providers';

/** The team of a parsed requirement: its only `subject.OU` value when that is a real Team ID. */
function requirementTeam(ast: ReqExpr): string | undefined {
  const teams = new Set(teamValues(ast).map((v) => v.text.trim()));
  const [team] = teams;
  return teams.size === 1 && isRealTeamId(team) ? team : undefined;
}

/** Per AST: equal requirement strings share one parse, and a large profile repeats one DR in every payload. */
const teamByAst = new WeakMap<ReqExpr, string | null>();

/** The provider's team: the DR's `subject.OU` when there is a DR, else the policy's only team. */
function providerTeam(requirement: ScalarNode | undefined, policyTeam: () => string | undefined): string | undefined {
  if (!requirement) return policyTeam();
  const parsed = parsedRequirement(requirement);
  if (!parsed?.ok) return undefined;
  let team = teamByAst.get(parsed.ast);
  if (team === undefined) teamByAst.set(parsed.ast, (team = requirementTeam(parsed.ast) ?? null));
  return team ?? undefined;
}

/** Appends `<string>value</string>` as the array's last element, laid out like its siblings. */
function appendString(doc: PlistDocument, list: ArrayNode, value: string): TextEdit {
  const text = doc.text;
  const xml = `<string>${escapeXml(value)}</string>`;
  const last = list.items[list.items.length - 1];
  if (last) {
    const multiLine = /[\r\n]/.test(text.slice(list.element.open.end, list.end));
    const sep = multiLine ? detectEol(text) + lineIndentAt(text, last.start) : '';
    return { start: last.end, end: last.end, newText: sep + xml };
  }
  const indent = lineIndentAt(text, list.start);
  const eol = detectEol(text);
  const body = `${eol}${indent}${detectIndentUnit(text)}${xml}${eol}${indent}`;
  const open = list.element.open;
  const close = list.element.close;
  if (list.element.selfClosing || !close) {
    return { start: list.start, end: list.end, newText: `<array>${body}</array>` };
  }
  return { start: open.end, end: close.start, newText: body };
}

export const rule: Rule = {
  meta: {
    id: 'N52',
    code: 'sysext-policy/provider-not-approved',
    family: 'sysext-policy',
    severity: 'warning',
    kinds: ['profile'],
    fixable: true,
    description: "An NE provider is missing from its team's AllowedSystemExtensions list in the same profile.",
    guidance: ['Q-U54'],
  },
  check(ctx) {
    const { doc } = ctx;
    const policies = policyPayloads(doc);
    if (policies.length === 0) return;
    const teamWide = new Set<string>();
    // Per team: its AllowedSystemExtensions entries (all policy payloads) and the bundle IDs they list.
    const lists = new Map<string, { entries: TeamKeyedEntry[]; ids: Set<string> }>();
    for (const p of policies) {
      for (const n of p.allowedTeams) teamWide.add(n.text.trim());
      for (const e of p.dicts.get('AllowedSystemExtensions') ?? []) {
        let list = lists.get(e.team);
        if (!list) lists.set(e.team, (list = { entries: [], ids: new Set() }));
        list.entries.push(e);
        for (const n of e.items) list.ids.add(n.text.trim());
      }
    }
    // The policy's only team is the same for every provider without a DR: read the policies once.
    let single: { team: string | undefined } | undefined;
    const policyTeam = () => (single ??= { team: singlePolicyTeam(doc) }).team;
    for (const { bundle, requirement } of neProviders(doc)) {
      const b = bundle.text.trim();
      if (!b) continue;
      const team = providerTeam(requirement, policyTeam);
      const approved = team ? lists.get(team) : undefined;
      if (!team || !approved || teamWide.has(team) || approved.ids.has(b)) continue;
      // Last: almost every provider is approved, and then the variable scan is not needed.
      if (hasBuildVariable(b)) continue;
      const { entries } = approved;
      const target = entries.find((e) => e.list)?.list;
      ctx.report({
        start: bundle.contentStart,
        end: bundle.contentEnd,
        message: `Provider "${b}" (team ${team}) is not in this profile's AllowedSystemExtensions for ${team}; the user will have to approve it manually.`,
        data: { bundleIdentifier: b, team },
        related: [
          {
            start: entries[0].entry.key.start,
            end: entries[0].entry.key.end,
            message: `AllowedSystemExtensions for ${team}`,
          },
        ],
        fixes:
          target && doc.container === 'xml'
            ? [
                {
                  title: `Add ${b} to AllowedSystemExtensions for ${team}`,
                  preferred: true,
                  edits: [appendString(doc, target, b)],
                },
              ]
            : [],
      });
    }
  },
};
