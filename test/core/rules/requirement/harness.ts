/**
 * Small harness for the requirement/, sysext-policy/ and relay/ rule tests: parses a profile, runs ONE rule
 * with a minimal context, and applies fixes with the shared `applyEdits`. Keeps these tests independent of
 * engine details (precedence, suppression) that the engine's own tests cover.
 */
import { parsePlistText } from '../../../../server/src/core/parser/parsePlist';
import type { FileContext } from '../../../../server/src/core/context/types';
import type { Finding, Fix, Rule } from '../../../../server/src/core/rules/types';
import { applyEdits } from '../../../../server/src/core/text/edits';

export interface RunOptions {
  team?: string;
  path?: string;
}

const unknown = { value: 'unknown' as const, tier: 0, confidence: 'none' as const, source: 'none' };

export function run(rule: Rule, text: string, opts: RunOptions = {}): Finding[] {
  const doc = parsePlistText(text, opts.path ?? 'test.mobileconfig');
  const file: FileContext = {
    kind: 'profile',
    kindSource: 'file name',
    platform: unknown,
    distribution: unknown,
    role: unknown,
    minimumOS: {},
    schemaScope: 'network',
    team: opts.team,
    lookupVariable: () => undefined,
    now: new Date('2026-01-01T00:00:00Z'),
  };
  const out: Finding[] = [];
  rule.check({ doc, file, report: (f) => out.push(f) });
  return out;
}

/** The source text a finding covers. */
export function covered(text: string, f: Finding): string {
  return text.slice(f.start, f.end);
}

export function applyFix(text: string, f: Finding, pick: number | ((x: Fix) => boolean) = 0): string {
  const fixes = f.fixes ?? [];
  const fix = typeof pick === 'number' ? fixes[pick] : fixes.find(pick);
  if (!fix) throw new Error('no such fix');
  return applyEdits(text, fix.edits);
}

/** A profile with the given payload dicts (XML fragments, tab-indented at payload level). */
export function profile(...payloads: string[]): string {
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<!DOCTYPE plist PUBLIC "-//Apple//DTD PLIST 1.0//EN" "http://www.apple.com/DTDs/PropertyList-1.0.dtd">',
    '<plist version="1.0">',
    '<dict>',
    '\t<key>PayloadContent</key>',
    '\t<array>',
    ...payloads.map((p) => p.replace(/^/gm, '\t\t')),
    '\t</array>',
    '\t<key>PayloadType</key>',
    '\t<string>Configuration</string>',
    '</dict>',
    '</plist>',
    '',
  ].join('\n');
}

/** A VPN payload with a TransparentProxy dict holding the given entries. */
export function transparentProxy(entries: string): string {
  return [
    '<dict>',
    '\t<key>PayloadType</key>',
    '\t<string>com.apple.vpn.managed</string>',
    '\t<key>VPNType</key>',
    '\t<string>TransparentProxy</string>',
    '\t<key>TransparentProxy</key>',
    '\t<dict>',
    entries.replace(/^/gm, '\t\t'),
    '\t</dict>',
    '</dict>',
  ].join('\n');
}
