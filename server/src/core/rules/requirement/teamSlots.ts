/**
 * Shared by N34/N36: the Team ID slots (`certificate <pos>[subject.OU] = V`) of every parsed requirement
 * string, with source spans of `V` (quotes excluded) and an edit builder that keeps V's quoting.
 */
import type { PlistDocument } from '../../model/document';
import type { ScalarNode } from '../../model/plist';
import type { ReqExpr, ReqValue } from '../../requirement/ast';
import { teamValues } from '../../requirement/query';
import { requirementSites, sourceOffset } from '../../requirement/sites';
import { escapeXml } from '../fixHelpers';
import type { TextEdit } from '../types';

export interface TeamSlot {
  node: ScalarNode;
  ast: ReqExpr;
  value: ReqValue;
  /** Source span of the value without its quotes. */
  start: number;
  end: number;
}

/** N34 and N36 both read every slot of a large profile: computed once per document (shared, do not mutate). */
const cache = new WeakMap<PlistDocument, TeamSlot[]>();

export function teamSlots(doc: PlistDocument): TeamSlot[] {
  let out = cache.get(doc);
  if (!out) cache.set(doc, (out = collectSlots(doc)));
  return out;
}

function collectSlots(doc: PlistDocument): TeamSlot[] {
  const out: TeamSlot[] = [];
  for (const site of requirementSites(doc)) {
    if (!site.parsed?.ok) continue;
    for (const value of teamValues(site.parsed.ast)) {
      if (value.kind === 'hash') continue;
      const start = sourceOffset(doc, site.node, value.innerStart);
      const end = sourceOffset(doc, site.node, value.innerEnd);
      out.push({ node: site.node, ast: site.parsed.ast, value, start, end });
    }
  }
  return out;
}

/** Replaces the slot's text (a Team ID never needs quoting or escaping beyond XML). */
export function replaceTeam(slot: TeamSlot, team: string): TextEdit {
  return { start: slot.start, end: slot.end, newText: escapeXml(team) };
}
