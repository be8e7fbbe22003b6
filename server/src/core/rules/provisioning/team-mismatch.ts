/**
 * N24 — a Team-ID-bearing literal (application identifier prefix, team identifier, team-prefixed app/keychain
 * groups) that differs from the associated provisioning profile's team.
 */
import type { Rule } from '../types';
import type { ScalarNode } from '../../model/plist';
import { isArray, isString } from '../../model/plist';
import { replaceContent } from '../fixHelpers';
import { hasBuildVariable } from '../../text/buildVariables';
import { relatedAt, rootDict } from '../xfile/support/crossFile';
import { associatedProfile } from './support/profile';

const TEAM = /^[A-Z0-9]{10}$/;
const APP_IDS = ['com.apple.application-identifier', 'application-identifier'];
const GROUP_KEYS = ['com.apple.security.application-groups', 'keychain-access-groups'];

interface Bearer {
  node: ScalarNode;
  team: string;
  /** Text after the team (`.rest`), undefined for a bare Team ID value. */
  rest?: string;
  variable: string;
}

export const rule: Rule = {
  meta: {
    id: 'N24',
    code: 'provisioning/team-mismatch',
    family: 'provisioning',
    severity: 'error',
    kinds: ['entitlements'],
    fixable: true,
    needsProject: true,
    description: "A Team ID in the entitlements differs from the provisioning profile's team.",
    guidance: ['Q-D05'],
  },
  check(ctx) {
    const a = associatedProfile(ctx);
    const root = rootDict(ctx.doc);
    const profileTeam = a?.summary.teamIds[0];
    if (!a || !root || !profileTeam) return;
    const bearers: Bearer[] = [];
    const prefixed = (node: ScalarNode, variable: string, requireFormat: boolean) => {
      const raw = node.text.trim();
      if (hasBuildVariable(raw)) return;
      const dot = raw.indexOf('.');
      if (dot <= 0) return;
      const team = raw.slice(0, dot);
      if (requireFormat && !TEAM.test(team)) return;
      bearers.push({ node, team, rest: raw.slice(dot), variable });
    };
    for (const key of APP_IDS) {
      const v = root.map.get(key)?.value;
      if (isString(v)) prefixed(v, 'AppIdentifierPrefix', false);
    }
    const teamId = root.map.get('com.apple.developer.team-identifier')?.value;
    if (isString(teamId) && !hasBuildVariable(teamId.text) && teamId.text.trim()) {
      bearers.push({ node: teamId, team: teamId.text.trim(), variable: 'DEVELOPMENT_TEAM' });
    }
    for (const key of GROUP_KEYS) {
      const v = root.map.get(key)?.value;
      if (isArray(v)) for (const item of v.items) if (isString(item)) prefixed(item, 'TeamIdentifierPrefix', true);
    }
    const name = a.summary.name ?? a.doc.path;
    const teamNode = a.summary.entitlements?.map.get('com.apple.developer.team-identifier')?.value;
    for (const b of bearers) {
      if (b.team === profileTeam) continue;
      const raw = b.node.text.trim();
      const fixes = [
        {
          title: `Use team ${profileTeam}`,
          preferred: true,
          edits: [replaceContent(b.node, profileTeam + (b.rest ?? ''))],
        },
      ];
      if (b.rest !== undefined) {
        fixes.push({
          title: `Use $(${b.variable})`,
          preferred: false,
          edits: [replaceContent(b.node, `$(${b.variable})${b.rest.slice(1)}`)],
        });
      }
      ctx.report({
        start: b.node.contentStart,
        end: b.node.contentEnd,
        message: `"${raw}" carries Team ID ${b.team} but provisioning profile "${name}" belongs to team ${profileTeam}.`,
        related: [relatedAt(a.doc, teamNode ?? a.doc.root ?? { start: 0, end: 0 }, `Team of profile "${name}"`)],
        fixes,
      });
    }
  },
};
