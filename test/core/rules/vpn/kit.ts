/**
 * Test kit for the vpn/, filter/ and dns/ rules: tab-indented profiles built from payload entries, converted
 * to other file styles (2-space indentation, CRLF) so fix results can be compared as exact text in each style.
 */
import { lint } from '../../../helpers/lint';
import type { LintTestOptions } from '../../../helpers/lint';
import type { Diagnostic } from '../../../../server/src/core/engine/types';
import { loadDocumentFromText } from '../../../../server/src/core/engine/loadDocument';
import { validateInContexts } from '../../../../server/src/core/engine/validate';
import type { LintOptions } from '../../../../server/src/core/engine/types';
import { allRules } from '../../../../server/src/core/rules';
import { applyEdits } from '../../../../server/src/core/text/edits';
import { sequentialUuids, setUuidGenerator } from '../../../../server/src/core/knowledge/uuid';

export { applyFix, fixAllPreferred, onlyCode, rangeText } from '../../../helpers/lint';

export interface Style {
  name: string;
  unit: string;
  eol: string;
}
export const STYLES: Style[] = [
  { name: 'tabs/LF', unit: '\t', eol: '\n' },
  { name: '2 spaces/LF', unit: '  ', eol: '\n' },
  { name: 'tabs/CRLF', unit: '\t', eol: '\r\n' },
  { name: '4 spaces/CRLF', unit: '    ', eol: '\r\n' },
];

/** Rewrites a tab-indented LF text in `style` (leading tabs → unit, LF → eol). */
export function styled(text: string, style: Style): string {
  return text
    .split('\n')
    .map((l) => l.replace(/^\t+/, (t) => style.unit.repeat(t.length)))
    .join(style.eol);
}

/** Payload dict entries, one per line, written without indentation; `profile()` indents them. */
export function payload(type: string, n: number, body: string): string {
  return [
    '<key>PayloadIdentifier</key>',
    `<string>com.example.profile.p${n}</string>`,
    '<key>PayloadType</key>',
    `<string>${type}</string>`,
    '<key>PayloadUUID</key>',
    `<string>B0000000-0000-4000-8000-00000000000${n}</string>`,
    '<key>PayloadVersion</key>',
    '<integer>1</integer>',
    body.trim(),
  ].join('\n');
}

/** Indents lines by XML nesting (each line holds one element or one tag). */
function nest(lines: string[], depth: number): string[] {
  const out: string[] = [];
  let d = depth;
  for (const raw of lines) {
    const l = raw.trim();
    if (!l) continue;
    if (/^<\/(dict|array)>/.test(l)) d--;
    out.push('\t'.repeat(d) + l);
    if (/^<(dict|array)>$/.test(l)) d++;
  }
  return out;
}

/** A tab-indented, LF profile with the given payloads (`payload()` strings). */
export function profile(...payloads: string[]): string {
  const items = payloads.flatMap((p) => nest(['<dict>', ...p.split('\n'), '</dict>'], 2));
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<!DOCTYPE plist PUBLIC "-//Apple//DTD PLIST 1.0//EN" "http://www.apple.com/DTDs/PropertyList-1.0.dtd">',
    '<plist version="1.0">',
    '<dict>',
    '\t<key>PayloadContent</key>',
    '\t<array>',
    ...items,
    '\t</array>',
    '\t<key>PayloadDisplayName</key>',
    '\t<string>Test</string>',
    '\t<key>PayloadIdentifier</key>',
    '\t<string>com.example.profile</string>',
    '\t<key>PayloadType</key>',
    '\t<string>Configuration</string>',
    '\t<key>PayloadUUID</key>',
    '\t<string>A0000000-0000-4000-8000-000000000000</string>',
    '\t<key>PayloadVersion</key>',
    '\t<integer>1</integer>',
    '</dict>',
    '</plist>',
    '',
  ].join('\n');
}

/**
 * A profile whose first payload is a com.apple.vpn.managed TransparentProxy payload: `UserDefinedName` Proxy,
 * `VPNSubType` `subType`, `VPNType` TransparentProxy, then `proxy` as the `TransparentProxy` value (one element or
 * tag a line); `others` are more payloads.
 */
export function transparentProxyProfile(proxy: string, subType = 'com.example.app', ...others: string[]): string {
  const body = [
    '<key>UserDefinedName</key>',
    '<string>Proxy</string>',
    '<key>VPNSubType</key>',
    `<string>${subType}</string>`,
    '<key>VPNType</key>',
    '<string>TransparentProxy</string>',
    '<key>TransparentProxy</key>',
    proxy.trim(),
  ].join('\n');
  return profile(payload('com.apple.vpn.managed', 1, body), ...others);
}

export function lintProfile(text: string, opts: LintTestOptions = {}): Diagnostic[] {
  return lint(text, { path: 'Test.mobileconfig', ...opts });
}

/** Diagnostics of one code, with the text each one covers. */
export function found(text: string, code: string, opts: LintTestOptions = {}): { d: Diagnostic; text: string }[] {
  return lintProfile(text, opts)
    .filter((d) => d.code === code)
    .map((d) => ({ d, text: text.slice(d.start, d.end) }));
}

/** Deterministic UUIDs for fix text. */
export function stubUuids(): void {
  setUuidGenerator(sequentialUuids());
}

/** Applies the preferred (or picked) fix of the only diagnostic of `code` (or of the `index`-th one). */
export function fixOnly(
  text: string,
  code: string,
  opts: LintTestOptions = {},
  pick?: (title: string) => boolean,
  index?: number,
): string {
  const all = found(text, code, opts);
  if (index === undefined && all.length !== 1) throw new Error(`expected one ${code}, got ${all.length}`);
  const fixes = all[index ?? 0].d.fixes;
  const fix = pick ? fixes.find((f) => pick(f.title)) : (fixes.find((f) => f.preferred) ?? fixes[0]);
  if (!fix) throw new Error(`no fix on ${code}`);
  return applyEdits(text, fix.edits);
}

/** Codes found by every rule except `without` (to show that a superseded generic rule does fire). */
export function codesWithout(text: string, without: string[], opts: LintOptions = {}): string[] {
  const doc = loadDocumentFromText('Test.mobileconfig', text);
  const rules = allRules.filter((r) => !without.includes(r.meta.code));
  return validateInContexts(doc, [{ options: opts }, { options: opts }], rules).map((d) => d.code);
}
