/**
 * Test kit for the profile rules: builds profiles from payload snippets, lints with the real engine and applies
 * fixes. (Mirrors the lead's test/helpers/lint.ts API so tests can switch to it without changes.)
 */
import { loadDocumentFromText } from '../../../../server/src/core/engine/loadDocument';
import { validateDocument } from '../../../../server/src/core/engine/validate';
import type { Diagnostic, LintOptions } from '../../../../server/src/core/engine/types';
import type { Fix } from '../../../../server/src/core/rules/types';
import { applyEdits } from '../../../../server/src/core/text/edits';
import { sequentialUuids, setUuidGenerator } from '../../../../server/src/core/knowledge/uuid';

export function lintProfile(text: string, options: LintOptions = {}, path = 'x.mobileconfig'): Diagnostic[] {
  return validateDocument(loadDocumentFromText(path, text), options);
}

export function onlyCode(diags: Diagnostic[], code: string): Diagnostic[] {
  return diags.filter((d) => d.code === code);
}

export function applyFix(text: string, diag: Diagnostic, pick: number | ((f: Fix) => boolean) = 0): string {
  const fix = typeof pick === 'number' ? diag.fixes[pick] : diag.fixes.find(pick);
  if (!fix) throw new Error(`no such fix on ${diag.code}`);
  return applyEdits(text, fix.edits);
}

/** Deterministic UUIDs (00000000-0000-4000-8000-000000000001, …) for the rest of the test. */
export function stubUuids(): void {
  setUuidGenerator(sequentialUuids());
}

/** The text covered by a diagnostic. */
export function covered(text: string, d: Diagnostic): string {
  return text.slice(d.start, d.end);
}

export const ROOT_UUID = 'A1B2C3D4-0000-4000-8000-000000000001';

/** A tab-indented profile with the given payload dicts (each given as its inner entries, one tab deep). */
export function profile(payloads: string[], rootExtra = ''): string {
  const body = payloads.map((p) => `\t\t<dict>\n${indent(p, '\t\t\t')}\n\t\t</dict>`).join('\n');
  return (
    '<?xml version="1.0" encoding="UTF-8"?>\n' +
    '<!DOCTYPE plist PUBLIC "-//Apple//DTD PLIST 1.0//EN" "http://www.apple.com/DTDs/PropertyList-1.0.dtd">\n' +
    '<plist version="1.0">\n<dict>\n' +
    `\t<key>PayloadContent</key>\n\t<array>\n${body}\n\t</array>\n` +
    '\t<key>PayloadDisplayName</key>\n\t<string>Test</string>\n' +
    '\t<key>PayloadIdentifier</key>\n\t<string>com.example.profile</string>\n' +
    '\t<key>PayloadType</key>\n\t<string>Configuration</string>\n' +
    `\t<key>PayloadUUID</key>\n\t<string>${ROOT_UUID}</string>\n` +
    '\t<key>PayloadVersion</key>\n\t<integer>1</integer>\n' +
    rootExtra +
    '</dict>\n</plist>\n'
  );
}

function indent(s: string, by: string): string {
  return s
    .trim()
    .split('\n')
    .map((l) => by + l.trim())
    .join('\n');
}

let counter = 0;
/** Envelope keys of a payload (unique identifier/UUID unless given). */
export function envelope(type: string, opts: { uuid?: string; id?: string; version?: string } = {}): string {
  counter++;
  const uuid = opts.uuid ?? `B0000000-0000-4000-8000-${String(counter).padStart(12, '0')}`;
  return [
    `<key>PayloadIdentifier</key>`,
    `<string>${opts.id ?? `com.example.profile.${type}.${counter}`}</string>`,
    `<key>PayloadType</key>`,
    `<string>${type}</string>`,
    `<key>PayloadUUID</key>`,
    `<string>${uuid}</string>`,
    `<key>PayloadVersion</key>`,
    opts.version ?? '<integer>1</integer>',
  ].join('\n');
}

/** A valid TransparentProxy VPN payload's inner entries, plus `extra`. */
export function vpnPayload(extra = '', opts: { uuid?: string; id?: string } = {}): string {
  return [
    envelope('com.apple.vpn.managed', opts),
    '<key>UserDefinedName</key>',
    '<string>Corp VPN</string>',
    '<key>VPNType</key>',
    '<string>VPN</string>',
    '<key>VPNSubType</key>',
    '<string>com.example.app</string>',
    extra,
  ]
    .filter(Boolean)
    .join('\n');
}
