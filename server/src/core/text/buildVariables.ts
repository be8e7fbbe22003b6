/**
 * Build variables (catalog §1.6): `$(NAME)`, `$(NAME:mod…)`, `${NAME}`, `${NAME:mod…}` and CMake's `@NAME@`.
 * `$NAME` without brackets is literal text. Values containing unresolved variables are never reported as
 * wrong values; comparisons succeed textually only when they can succeed.
 */

export interface BuildVariable {
  name: string;
  modifiers: string[];
  start: number;
  end: number;
  raw: string;
}

const VARIABLE =
  /\$\(([A-Za-z_][A-Za-z0-9_]*)((?::[^)]*)?)\)|\$\{([A-Za-z_][A-Za-z0-9_]*)((?::[^}]*)?)\}|@([A-Za-z_][A-Za-z0-9_]*)@/g;

export function findBuildVariables(text: string): BuildVariable[] {
  const out: BuildVariable[] = [];
  VARIABLE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = VARIABLE.exec(text))) {
    const name = m[1] ?? m[3] ?? m[5];
    const mods = (m[2] ?? m[4] ?? '').split(':').filter(Boolean);
    out.push({ name, modifiers: mods, start: m.index, end: m.index + m[0].length, raw: m[0] });
  }
  return out;
}

export function hasBuildVariable(text: string): boolean {
  if (!mayHoldVariable(text)) return false;
  VARIABLE.lastIndex = 0;
  return VARIABLE.test(text);
}

/**
 * Every build-variable form (§1.6: `$(…)`, `${…}`, `@…@`) contains `$` or `@`: one scan for either is much
 * cheaper than the full pattern, and almost no value contains one (rules ask for every string of a large profile).
 */
function mayHoldVariable(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 36 /* $ */ || c === 64 /* @ */) return true;
  }
  return false;
}

/** Team-prefix variables expand to `<TEAMID>.` (catalog §1.6). */
export const TEAM_PREFIX_VARIABLES = new Set(['TeamIdentifierPrefix', 'AppIdentifierPrefix']);

/** Xcode build-setting modifiers nelint can apply; any other modifier leaves the variable unresolved. */
const MODIFIERS: Record<string, (s: string) => string> = {
  rfc1034identifier: (s) => s.replace(/[^A-Za-z0-9.-]/g, '-'),
  c99extidentifier: (s) => s.replace(/[^A-Za-z0-9_]/g, '_'),
  lower: (s) => s.toLowerCase(),
  upper: (s) => s.toUpperCase(),
  identifier: (s) => s.replace(/[^A-Za-z0-9_]/g, '_'),
};

export type VariableLookup = (name: string) => string | undefined;

export interface ResolvedText {
  text: string;
  /** True when no variable remains unresolved. */
  complete: boolean;
}

/** Resolves variables recursively (max depth 10); unknown variables and modifiers stay as written. */
export function resolveBuildVariables(text: string, lookup: VariableLookup, depth = 0): ResolvedText {
  const vars = findBuildVariables(text);
  if (vars.length === 0) return { text, complete: true };
  if (depth >= 10) return { text, complete: false };
  let out = '';
  let last = 0;
  let complete = true;
  for (const v of vars) {
    out += text.slice(last, v.start);
    last = v.end;
    let value = lookup(v.name);
    if (value !== undefined && v.modifiers.every((m) => m in MODIFIERS)) {
      const inner = resolveBuildVariables(value, lookup, depth + 1);
      value = v.modifiers.reduce((s, m) => MODIFIERS[m](s), inner.text);
      if (!inner.complete) complete = false;
      out += value;
    } else {
      complete = false;
      out += v.raw;
    }
  }
  out += text.slice(last);
  return { text: out, complete };
}

/**
 * Textual comparison with unresolved variables (catalog §1.6): `a` starts with `prefix` when it can succeed
 * textually. Returns true (holds), false (certainly fails: no variables involved) or undefined (unknown).
 */
export function startsWithTextually(a: string, prefix: string): boolean | undefined {
  if (a.startsWith(prefix)) return true;
  if (hasBuildVariable(a) || hasBuildVariable(prefix)) return undefined;
  return false;
}

export function equalsTextually(a: string, b: string): boolean | undefined {
  if (a === b) return true;
  if (hasBuildVariable(a) || hasBuildVariable(b)) return undefined;
  return false;
}
