/**
 * The catalog's corpus lines over the whole engine: every "Corpus (MISTAKE/SUSPECT, expected to fire)" and
 * "info expected" line of a single-file rule (catalog §2) must hold on the real file, and the §1.16 info-level
 * expectations must hold exactly (N79 only on the Mullvad signed profile, N11 at info on the partial DuckDuckGo
 * system extension Info.plist, nothing else on CLEAN / EDGE-CASE files). Lines that need a project model
 * (N12, N15, N19) belong to the xfile / project tests.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { sharedDir } from '../helpers/shared';
import { loadDocumentFromBytes } from '../../server/src/core/engine/loadDocument';
import { validateDocument } from '../../server/src/core/engine/validate';
import type { Diagnostic, LintOptions } from '../../server/src/core/engine/types';

interface Expectation {
  id: string;
  file: string;
  code: string;
  severity: 'error' | 'warning' | 'info';
  /** Minimum number of diagnostics with this code and severity. */
  count?: number;
}

const MOSEN = 'mosen__profiledocs/source___static__examples__';
const MOSEN_FILES = ['vpn.managed', 'vpn.managed.applayer', 'vpn.managed.appmapping', 'webcontent-filter'].map(
  (p) => `${MOSEN}com.apple.${p}.mobileconfig`,
);
const FORTICLIENT = 'kandji-inc__support/Configuration Profiles__forticlient_settings.mobileconfig';
const CROWDSTRIKE = 'kandji-inc__support/custom-apps__crowdstrike__crowdstrike_settings.mobileconfig';
const WG_TEMPLATE = 'servicemax-aus__wireguard-profiles-public/template.xml';
const FIREZONE_ALL_KEYS = 'firezone__firezone/policy-templates__macos__examples__all-keys.mobileconfig';
const MULLVAD_SIGNED = 'mullvad__encrypted-dns-profiles/base__mullvad-encrypted-dns-https-base.mobileconfig';
const DDG_SYSEXT_INFO = 'duckduckgo__apple-browsers/macOS__NetworkProtectionSystemExtension__Info.plist';

const EXPECTED: Expectation[] = [
  {
    id: 'N21',
    file: 'mullvad__mullvadvpn-app/ios__PacketTunnel__Info.plist',
    code: 'info-plist/misplaced-key',
    severity: 'warning',
  },
  ...['app', 'agent'].map((s) => ({
    id: 'N22',
    file: `zeek__zeek-agent-v2/src__platform__darwin__ZeekAgent.app__entitlements.plist.${s}`,
    code: 'entitlements/app-group-invalid-format',
    severity: 'error' as const,
  })),
  {
    id: 'N26',
    file: 'gemini-oss__dnshield/resources__profiles__DNShield-Combined.mobileconfig',
    code: 'plist/invalid-value-format',
    severity: 'error',
  },
  {
    id: 'N27',
    file: 'zeek__zeek-agent-v2/src__platform__darwin__ZeekAgent.app__Info.plist.agent.in',
    code: 'plist/duplicate-key',
    severity: 'error',
  },
  { id: 'N32', file: FORTICLIENT, code: 'vpn/provider-identity-missing', severity: 'info' },
  {
    id: 'N41',
    file: `${MOSEN}com.apple.vpn.managed.mobileconfig`,
    code: 'vpn/integer-flag-as-boolean',
    severity: 'warning',
  },
  {
    id: 'N42',
    file: `${MOSEN}com.apple.vpn.managed.applayer.mobileconfig`,
    code: 'vpn/applayer-vpnuuid-missing',
    severity: 'error',
  },
  { id: 'N52', file: FORTICLIENT, code: 'sysext-policy/provider-not-approved', severity: 'warning', count: 2 },
  ...MOSEN_FILES.map((file) => ({
    id: 'N62',
    file,
    code: 'profile/payload-version-invalid',
    severity: 'error' as const,
  })),
  { id: 'N63', file: CROWDSTRIKE, code: 'profile/envelope-key-missing', severity: 'warning' },
  {
    id: 'N63',
    file: 'microsoft__mdatp-xplat/macos__mobileconfig__combined__mdatp.mobileconfig',
    code: 'profile/envelope-key-missing',
    severity: 'warning',
  },
  ...MOSEN_FILES.map((file) => ({ id: 'N63', file, code: 'profile/envelope-key-missing', severity: 'error' as const })),
  { id: 'N64', file: WG_TEMPLATE, code: 'profile/duplicate-payload-uuid', severity: 'error' },
  { id: 'N65', file: FORTICLIENT, code: 'profile/payload-uuid-format', severity: 'warning' },
  { id: 'N65', file: WG_TEMPLATE, code: 'profile/payload-uuid-format', severity: 'warning' },
  {
    id: 'N68',
    file: `${MOSEN}com.apple.vpn.managed.applayer.mobileconfig`,
    code: 'profile/required-key-missing',
    severity: 'error',
  },
  {
    id: 'N68',
    file: `${MOSEN}com.apple.vpn.managed.appmapping.mobileconfig`,
    code: 'profile/required-key-missing',
    severity: 'error',
  },
  {
    id: 'N71',
    file: 'gemini-oss__dnshield/resources__profiles__DNShield-DNSProxy.mobileconfig',
    code: 'profile/unknown-key',
    severity: 'info',
  },
  { id: 'N72', file: CROWDSTRIKE, code: 'profile/unavailable-on-platform', severity: 'warning' },
  { id: 'N73', file: CROWDSTRIKE, code: 'profile/unknown-payload-type', severity: 'warning' },
  { id: 'N73', file: FIREZONE_ALL_KEYS, code: 'profile/unknown-payload-type', severity: 'info' },
  { id: 'N76', file: FIREZONE_ALL_KEYS, code: 'plist/double-hyphen-in-comment', severity: 'warning' },
  {
    id: 'N77',
    file: 'northpolesec__santa/docs__deployment__system-extension-policy.santa.example.mobileconfig',
    code: 'plist/content-before-xml-declaration',
    severity: 'warning',
  },
  { id: 'N79', file: MULLVAD_SIGNED, code: 'plist/decoded-container', severity: 'info' },
  { id: 'N11', file: DDG_SYSEXT_INFO, code: 'info-plist/sysext-usage-description-missing', severity: 'info' },
];

interface Entry {
  file: string;
  platform: string;
  distribution: string;
  notes: string;
}

function lint(dir: string, file: string, options: LintOptions = {}): Diagnostic[] {
  const full = join(dir, 'files', file);
  return validateDocument(loadDocumentFromBytes(full, readFileSync(full)), options);
}

function manifestContext(e: Entry): LintOptions {
  const options: LintOptions = {};
  if (['macos', 'ios'].includes(e.platform)) options.platform = e.platform as 'macos' | 'ios';
  if (['developer-id', 'app-store', 'development'].includes(e.distribution)) {
    options.distribution = e.distribution as LintOptions['distribution'];
  }
  return options;
}

test('every single-file corpus line of the catalog fires on the real file', (t) => {
  const dir = sharedDir(t, 'corpus');
  if (!dir) return;
  const missing: string[] = [];
  for (const x of EXPECTED) {
    const hits = lint(dir, x.file).filter((d) => d.code === x.code && d.severity === x.severity);
    if (hits.length < (x.count ?? 1)) missing.push(`${x.id} ${x.code} (${x.severity}) on ${x.file}: ${hits.length}`);
  }
  assert.deepEqual(missing, []);
});

test('§1.16: the only diagnostics on CLEAN / EDGE-CASE files are N79 (Mullvad) and N11 at info (DuckDuckGo)', (t) => {
  const dir = sharedDir(t, 'corpus');
  if (!dir) return;
  const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as Entry[];
  const seen = new Set<string>();
  for (const e of manifest) {
    if (!/^\[(CLEAN|EDGE-CASE)\]/.test(e.notes)) continue;
    for (const options of [{}, manifestContext(e)]) {
      for (const d of lint(dir, e.file, options)) seen.add(`${e.file} ${d.code} ${d.severity}`);
    }
  }
  assert.deepEqual([...seen].sort(), [
    `${DDG_SYSEXT_INFO} info-plist/sysext-usage-description-missing info`,
    `${MULLVAD_SIGNED} plist/decoded-container info`,
  ]);
});

test('N79 fires on no corpus file but the Mullvad signed profile, and nothing else fires there', (t) => {
  const dir = sharedDir(t, 'corpus');
  if (!dir) return;
  const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as Entry[];
  const decoded = manifest.filter((e) => lint(dir, e.file).some((d) => d.code === 'plist/decoded-container'));
  assert.deepEqual(
    decoded.map((e) => e.file),
    [MULLVAD_SIGNED],
  );
  assert.deepEqual(
    lint(dir, MULLVAD_SIGNED).map((d) => `${d.code} ${d.severity}`),
    ['plist/decoded-container info'],
  );
});
