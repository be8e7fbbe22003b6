/**
 * Corpus guarantee (catalog §1.16) for the profile/ rules: CLEAN and EDGE-CASE profiles get no warning or error
 * (no diagnostic at all, in fact), and the MISTAKE/SUSPECT files the catalog names fire as expected.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { sharedDir } from '../../../helpers/shared';
import { loadDocumentFromBytes } from '../../../../server/src/core/engine/loadDocument';
import { validateDocument } from '../../../../server/src/core/engine/validate';
import type { Diagnostic } from '../../../../server/src/core/engine/types';

interface Entry {
  file: string;
  kind: string;
  platform: string;
  notes: string;
}

function profileDiagnostics(dir: string, e: Entry, withPlatform: boolean): Diagnostic[] {
  const file = path.join(dir, 'files', e.file);
  const doc = loadDocumentFromBytes(file, readFileSync(file));
  const platform = withPlatform && e.platform !== 'unknown' ? (e.platform as 'macos') : undefined;
  return validateDocument(doc, platform ? { platform } : {}).filter((d) => d.code.startsWith('profile/'));
}

function load(dir: string): Entry[] {
  const all = JSON.parse(readFileSync(path.join(dir, 'manifest.json'), 'utf8')) as Entry[];
  return all.filter((e) => e.kind === 'mobileconfig');
}

test('corpus: CLEAN and EDGE-CASE profiles get no profile/ diagnostic (with and without platform)', (t) => {
  const dir = sharedDir(t, 'corpus');
  if (!dir) return;
  const entries = load(dir);
  assert.equal(entries.length, 26);
  for (const e of entries.filter((x) => /^\[(CLEAN|EDGE-CASE)\]/.test(x.notes))) {
    for (const withPlatform of [false, true]) {
      const found: string[] = profileDiagnostics(dir, e, withPlatform).map(
        (d) => `${d.code}@${d.range.start.line + 1}`,
      );
      assert.deepEqual(found, [], `${e.file} (platform ${withPlatform ? e.platform : 'none'})`);
    }
  }
});

/** What the catalog says must fire (code, severity) on named files. */
const EXPECTED: [string, string, string][] = [
  [
    'mosen__profiledocs/source___static__examples__com.apple.vpn.managed.mobileconfig',
    'profile/payload-version-invalid',
    'error',
  ],
  [
    'mosen__profiledocs/source___static__examples__com.apple.vpn.managed.applayer.mobileconfig',
    'profile/payload-version-invalid',
    'error',
  ],
  [
    'mosen__profiledocs/source___static__examples__com.apple.vpn.managed.appmapping.mobileconfig',
    'profile/payload-version-invalid',
    'error',
  ],
  [
    'mosen__profiledocs/source___static__examples__com.apple.webcontent-filter.mobileconfig',
    'profile/payload-version-invalid',
    'error',
  ],
  [
    'mosen__profiledocs/source___static__examples__com.apple.webcontent-filter.mobileconfig',
    'profile/envelope-key-missing',
    'error',
  ],
  [
    'kandji-inc__support/custom-apps__crowdstrike__crowdstrike_settings.mobileconfig',
    'profile/envelope-key-missing',
    'warning',
  ],
  [
    'microsoft__mdatp-xplat/macos__mobileconfig__combined__mdatp.mobileconfig',
    'profile/envelope-key-missing',
    'warning',
  ],
  ['servicemax-aus__wireguard-profiles-public/template.xml', 'profile/duplicate-payload-uuid', 'error'],
  ['servicemax-aus__wireguard-profiles-public/template.xml', 'profile/payload-uuid-format', 'warning'],
  [
    'kandji-inc__support/Configuration Profiles__forticlient_settings.mobileconfig',
    'profile/payload-uuid-format',
    'warning',
  ],
  [
    'mosen__profiledocs/source___static__examples__com.apple.vpn.managed.applayer.mobileconfig',
    'profile/required-key-missing',
    'error',
  ],
  [
    'mosen__profiledocs/source___static__examples__com.apple.vpn.managed.appmapping.mobileconfig',
    'profile/required-key-missing',
    'error',
  ],
  ['gemini-oss__dnshield/resources__profiles__DNShield-DNSProxy.mobileconfig', 'profile/unknown-key', 'info'],
  [
    'kandji-inc__support/custom-apps__crowdstrike__crowdstrike_settings.mobileconfig',
    'profile/unavailable-on-platform',
    'warning',
  ],
  [
    'kandji-inc__support/custom-apps__crowdstrike__crowdstrike_settings.mobileconfig',
    'profile/unknown-payload-type',
    'warning',
  ],
  [
    'firezone__firezone/policy-templates__macos__examples__all-keys.mobileconfig',
    'profile/unknown-payload-type',
    'info',
  ],
];

test('corpus: files the catalog names fire with the expected code and severity', (t) => {
  const dir = sharedDir(t, 'corpus');
  if (!dir) return;
  const byFile = new Map(load(dir).map((e) => [e.file, e]));
  for (const [file, code, severity] of EXPECTED) {
    const e = byFile.get(file);
    assert.ok(e, `manifest has ${file}`);
    const found = profileDiagnostics(dir, e, true).filter((d) => d.code === code);
    assert.ok(
      found.some((d) => d.severity === severity),
      `${file}: expected ${code} (${severity}), got ${found.map((d) => d.severity).join(', ') || 'none'}`,
    );
  }
});
