/**
 * The `com.apple.system-extension-policy` payloads of a profile, read once per document (cached): Team ID
 * slots (AllowedTeamIdentifiers elements and the keys of the team-keyed dicts) and the team → bundle-ID lists.
 * Shared by the sysext-policy rules and by requirement/placeholder-team-id (team for its quick fix).
 */
import type { PlistDocument } from '../../model/document';
import type { ArrayNode, DictEntry, DictNode, ScalarNode } from '../../model/plist';
import { isArray, isDict, isString } from '../../model/plist';
import { getProfileModel, payloadsOfType } from '../../knowledge/profileModel';
import { hasBuildVariable } from '../../text/buildVariables';
import { isPlaceholderTeamId, isTeamId } from '../../knowledge/teamIds';

export const POLICY_PAYLOAD_TYPE = 'com.apple.system-extension-policy';

/** Dicts keyed by Team ID (catalog N49). */
export const TEAM_KEYED_DICTS = [
  'AllowedSystemExtensions',
  'AllowedSystemExtensionTypes',
  'RemovableSystemExtensions',
  'NonRemovableSystemExtensions',
  'NonRemovableFromUISystemExtensions',
] as const;
export type TeamKeyedDict = (typeof TEAM_KEYED_DICTS)[number];

export interface TeamKeyedEntry {
  team: string;
  entry: DictEntry;
  /** The array of bundle IDs / types, when the value is an array. */
  list?: ArrayNode;
  /** Literal string elements of `list`. */
  items: ScalarNode[];
}

export interface PolicyPayload {
  dict: DictNode;
  /** Literal `<string>` elements of `AllowedTeamIdentifiers`. */
  allowedTeams: ScalarNode[];
  /** First-occurrence entries of each team-keyed dict. */
  dicts: Map<TeamKeyedDict, TeamKeyedEntry[]>;
}

const cache = new WeakMap<PlistDocument, PolicyPayload[]>();

function literalStrings(list: ArrayNode | undefined): ScalarNode[] {
  return (list?.items ?? []).filter((n): n is ScalarNode => isString(n) && !hasBuildVariable(n.text));
}

function readPayload(dict: DictNode): PolicyPayload {
  const teams = dict.map.get('AllowedTeamIdentifiers')?.value;
  const dicts = new Map<TeamKeyedDict, TeamKeyedEntry[]>();
  for (const name of TEAM_KEYED_DICTS) {
    const d = dict.map.get(name)?.value;
    if (!isDict(d)) continue;
    const entries: TeamKeyedEntry[] = [];
    for (const entry of d.entries) {
      if (entry.duplicate) continue;
      const list = isArray(entry.value) ? entry.value : undefined;
      entries.push({ team: entry.key.text.trim(), entry, list, items: literalStrings(list) });
    }
    dicts.set(name, entries);
  }
  return { dict, allowedTeams: literalStrings(isArray(teams) ? teams : undefined), dicts };
}

export function policyPayloads(doc: PlistDocument): PolicyPayload[] {
  let out = cache.get(doc);
  if (!out) {
    out = payloadsOfType(getProfileModel(doc), POLICY_PAYLOAD_TYPE).map((p) => readPayload(p.dict));
    cache.set(doc, out);
  }
  return out;
}

/** A usable Team ID: literal, well-formed, not a placeholder. */
export function isRealTeamId(s: string): boolean {
  return !hasBuildVariable(s) && isTeamId(s) && !isPlaceholderTeamId(s);
}

/** Every real Team ID the profile's policy payloads mention (AllowedTeamIdentifiers and team-keyed dicts). */
export function mentionedTeams(doc: PlistDocument): Set<string> {
  const teams = new Set<string>();
  for (const p of policyPayloads(doc)) {
    for (const n of p.allowedTeams) teams.add(n.text.trim());
    for (const entries of p.dicts.values()) for (const e of entries) teams.add(e.team);
  }
  for (const t of teams) if (!isRealTeamId(t)) teams.delete(t);
  return teams;
}

/** The single team the policy payloads mention, if exactly one. */
export function singlePolicyTeam(doc: PlistDocument): string | undefined {
  const teams = mentionedTeams(doc);
  return teams.size === 1 ? [...teams][0] : undefined;
}
