/** T4 — Team IDs (catalog §1.12): format and the placeholder list, loaded from `data/teamIds.json`. */
import data from './data/teamIds.json';

export const TEAM_IDS_VERSION: string = data.version;
const FORMAT = new RegExp(data.format);
const PLACEHOLDERS: ReadonlySet<string> = new Set(data.placeholders);
const PLACEHOLDER_PATTERNS = data.placeholderPatterns.map((p) => new RegExp(p));

/** Strips one level of surrounding quotes (`"ABCDE12345"` in a requirement string). */
function unquote(s: string): string {
  return s.length >= 2 && /^(["']).*\1$/.test(s) ? s.slice(1, -1) : s;
}

/** True for a well-formed Team ID (`^[A-Z0-9]{10}$`). Placeholders may also be well-formed. */
export function isTeamId(s: string): boolean {
  return FORMAT.test(unquote(s));
}

/** True for the placeholder tokens of T4 (case-sensitive) and any `<…>` token. */
export function isPlaceholderTeamId(s: string): boolean {
  const t = unquote(s);
  return PLACEHOLDERS.has(t) || PLACEHOLDER_PATTERNS.some((re) => re.test(t));
}

export const TEAM_ID_PLACEHOLDERS: readonly string[] = data.placeholders;
