/**
 * In-file directives and suppression comments (catalog §1.14):
 *   <!-- nelint: platform=macos distribution=developer-id role=system-extension kind=entitlements -->
 *   <!-- nelint-disable-next-line code[, code…] -->   <!-- nelint-disable code[, …] -->   <!-- nelint-disable -->
 */
import type { PlistDocument } from '../model/document';

export interface Directives {
  /** First occurrence per key wins. */
  settings: Partial<Record<'platform' | 'distribution' | 'role' | 'kind', string>>;
  /** Codes disabled for the whole file; `'*'` = all. */
  disabled: Set<string>;
  /** Line (0-based) → codes disabled on that line (`'*'` = all). */
  disabledLines: Map<number, Set<string>>;
}

const SETTING = /([a-z]+)\s*=\s*([A-Za-z0-9_.-]+)/g;

function parseCodes(list: string): string[] {
  const codes = list
    .split(/[\s,]+/)
    .map((s) => s.trim())
    .filter(Boolean);
  return codes.length ? codes : ['*'];
}

/** Offset of the first element that starts after `offset` (the "next line that contains an element"). */
function nextElementStart(doc: PlistDocument, offset: number): number | undefined {
  const text = doc.text;
  let i = offset;
  for (;;) {
    i = text.indexOf('<', i);
    if (i < 0) return undefined;
    const n = text[i + 1];
    if (n === '!' || n === '?' || n === '/') {
      if (text.startsWith('<!--', i)) {
        const close = text.indexOf('-->', i + 4);
        i = close < 0 ? text.length : close + 3;
      } else i++;
      continue;
    }
    return i;
  }
}

export function parseDirectives(doc: PlistDocument): Directives {
  const result: Directives = { settings: {}, disabled: new Set(), disabledLines: new Map() };
  for (const c of doc.xml.comments) {
    const body = c.body.trim();
    if (body.startsWith('nelint-disable-next-line')) {
      const next = nextElementStart(doc, c.end);
      if (next === undefined) continue;
      const line = doc.lineIndex.positionAt(next).line;
      const set = result.disabledLines.get(line) ?? new Set<string>();
      for (const code of parseCodes(body.slice('nelint-disable-next-line'.length))) set.add(code);
      result.disabledLines.set(line, set);
    } else if (body.startsWith('nelint-disable')) {
      for (const code of parseCodes(body.slice('nelint-disable'.length))) result.disabled.add(code);
    } else if (/^nelint\s*:/.test(body)) {
      SETTING.lastIndex = 0;
      let m: RegExpExecArray | null;
      while ((m = SETTING.exec(body))) {
        const key = m[1] as keyof Directives['settings'];
        if (['platform', 'distribution', 'role', 'kind'].includes(key) && !(key in result.settings)) {
          result.settings[key] = m[2];
        }
      }
    }
  }
  return result;
}

export function isSuppressed(d: Directives, code: string, line: number): boolean {
  if (d.disabled.has('*') || d.disabled.has(code)) return true;
  const set = d.disabledLines.get(line);
  return !!set && (set.has('*') || set.has(code));
}
