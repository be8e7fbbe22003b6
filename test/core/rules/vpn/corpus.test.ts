/**
 * Corpus guarantee (catalog §1.16) for the vpn/, filter/ and dns/ rules: the 26 corpus profiles get no warning or
 * error from these families except where the catalog's "Corpus" lines say the rule fires; those fire exactly.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { sharedDir } from '../../../helpers/shared';
import { loadDocumentFromBytes } from '../../../../server/src/core/engine/loadDocument';
import { validateDocument } from '../../../../server/src/core/engine/validate';

interface Entry {
  file: string;
  kind: string;
  platform: string;
  notes: string;
}

const FAMILIES = /^(vpn|filter|dns)\//;

/** file → `code:severity` the catalog expects from these families (in document order, deduplicated). */
const EXPECTED: Record<string, string[]> = {
  'mosen__profiledocs/source___static__examples__com.apple.vpn.managed.mobileconfig': [
    'vpn/integer-flag-as-boolean:warning',
  ],
  'mosen__profiledocs/source___static__examples__com.apple.vpn.managed.applayer.mobileconfig': [
    'vpn/applayer-vpnuuid-missing:error',
  ],
  'kandji-inc__support/Configuration Profiles__forticlient_settings.mobileconfig': [
    'vpn/provider-identity-missing:info',
  ],
};

function familyFindings(dir: string, e: Entry, withPlatform: boolean): string[] {
  const file = path.join(dir, 'files', e.file);
  const doc = loadDocumentFromBytes(file, readFileSync(file));
  const platform = withPlatform && e.platform !== 'unknown' ? (e.platform as 'macos') : undefined;
  const codes = validateDocument(doc, platform ? { platform } : {})
    .filter((d) => FAMILIES.test(d.code))
    .map((d) => `${d.code}:${d.severity}`);
  return [...new Set(codes)];
}

test('corpus: vpn/filter/dns fire only where the catalog says, with the stated severity', (t) => {
  const dir = sharedDir(t, 'corpus');
  if (!dir) return;
  const all = JSON.parse(readFileSync(path.join(dir, 'manifest.json'), 'utf8')) as Entry[];
  const profiles = all.filter((e) => e.kind === 'mobileconfig');
  assert.equal(profiles.length, 26);
  for (const e of profiles) {
    for (const withPlatform of [false, true]) {
      const got = familyFindings(dir, e, withPlatform);
      const label = `${e.file} (platform ${withPlatform ? e.platform : 'none'})`;
      assert.deepEqual(got, EXPECTED[e.file] ?? [], label);
      if (/^\[(CLEAN|EDGE-CASE)\]/.test(e.notes)) {
        assert.ok(!got.some((c) => /:(error|warning)$/.test(c)), label);
      }
    }
  }
});
