/** Catalog §3.3 as data: the rules, quotes and Background lines a profile key's hover shows. */
import data from '../../knowledge/data/profileGuidance.json';
import type { KeySpec } from '../../knowledge/profileSchema';
import { allRules } from '../../rules';

interface GuidanceEntry {
  keys: string[];
  types?: string[];
  parent?: string;
  flag01?: boolean;
  rules: string[];
  quotes: string[];
  background?: string;
}

const ENTRIES = data.entries as GuidanceEntry[];

function codeOf(id: string): string | undefined {
  return allRules.find((r) => r.meta.id === id)?.meta.code;
}

function isFlag01(spec: KeySpec): boolean {
  const r = spec.rangelist;
  return spec.type === 'integer' && !!r && r.length === 2 && r.includes(0) && r.includes(1);
}

export function guidanceFor(
  payloadType: string,
  key: string,
  parent: string | undefined,
  spec: KeySpec,
): { rules: string[]; quotes: string[]; background: string[] } {
  const rules: string[] = [];
  const quotes: string[] = [];
  const background: string[] = [];
  for (const e of ENTRIES) {
    const keyMatch = e.flag01 ? isFlag01(spec) : e.keys.includes(key);
    if (!keyMatch) continue;
    if (e.types && !e.types.includes(payloadType)) continue;
    if (e.parent && e.parent !== parent) continue;
    for (const id of e.rules) {
      const code = codeOf(id);
      if (code && !rules.includes(code)) rules.push(code);
    }
    for (const q of e.quotes) if (!quotes.includes(q)) quotes.push(q);
    if (e.background) background.push(e.background);
  }
  return { rules, quotes, background };
}
