/**
 * "Explain this error" (catalog §4): match a pasted Xcode / App Store Connect / sysextd / NE message against
 * the message index (data) and return the explanation, the rules that detect the cause and their guidance.
 */
import data from './data/errorMessages.json';
import { guidanceRecords } from './quotes';
import type { GuidanceRecord } from './quotes';

interface MessageEntry {
  id: string;
  where: string;
  patterns: string[];
  explanation: string;
  rules: string[];
  quotes: string[];
}

export interface ExplainMatch {
  id: string;
  where: string;
  explanation: string;
  rules: string[];
  guidance: GuidanceRecord[];
}

type CompiledEntry = { entry: MessageEntry; patterns: RegExp[] };
let compiled: CompiledEntry[] | undefined;

/** The message index with its patterns compiled, built on first use (not at load: every CLI run would pay). */
function entries(): CompiledEntry[] {
  compiled ??= (data.messages as MessageEntry[]).map((entry) => ({
    entry,
    patterns: entry.patterns.map((p) => new RegExp(p, 'i')),
  }));
  return compiled;
}

/** Typographic quotes and ellipses vary between Xcode, the forums and copy-paste: fold them first. */
export function normalizeMessage(text: string): string {
  return (
    text
      // ’ ‘ ` / “ ” « » / … as escapes: an ASCII-only bundle loads faster (bin/load-bundle.js).
      .replace(/[\u2019\u2018`]/g, "'")
      .replace(/[\u201C\u201D\u00AB\u00BB]/g, '"')
      .replace(/\u2026/g, '...')
      .replace(/\s+/g, ' ')
      .trim()
  );
}

export function explainMessage(text: string): ExplainMatch[] {
  const folded = normalizeMessage(text);
  return entries()
    .filter(({ patterns }) => patterns.some((p) => p.test(folded)))
    .map(({ entry }) => ({
      id: entry.id,
      where: entry.where,
      explanation: entry.explanation,
      rules: entry.rules,
      guidance: guidanceRecords(entry.quotes),
    }));
}
