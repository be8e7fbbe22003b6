/**
 * Precedence and de-duplication (catalog §1.1, §1.15): at most one diagnostic per (code, range), and a rule
 * that `supersedes` another hides it at the same node (overlapping range) or anywhere in the file.
 */
import type { RuleMeta } from '../rules/types';

export interface RankedFinding {
  meta: RuleMeta;
  start: number;
  end: number;
  node?: { start: number; end: number };
}

function overlaps(winner: RankedFinding, loser: RankedFinding): boolean {
  const a = winner.node ?? winner;
  const b = loser.node ?? loser;
  if (a.start === b.start) return true;
  return a.start < b.end && b.start < a.end;
}

export function applyPrecedence<T extends RankedFinding>(findings: T[]): T[] {
  const seen = new Set<string>();
  const unique = findings.filter((f) => {
    const k = `${f.meta.code}\u0000${f.start}\u0000${f.end}`;
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
  // Index the winners by the code they beat, so the check stays linear in practice.
  const beats = new Map<string, { f: T; scope: 'node' | 'file' }[]>();
  for (const f of unique) {
    for (const s of f.meta.supersedes ?? []) {
      const list = beats.get(s.code) ?? [];
      list.push({ f, scope: s.scope });
      beats.set(s.code, list);
    }
  }
  if (beats.size === 0) return unique;
  return unique.filter((f) => {
    const winners = beats.get(f.meta.code);
    if (!winners) return true;
    return !winners.some((w) => w.f !== f && (w.scope === 'file' || overlaps(w.f, f)));
  });
}
