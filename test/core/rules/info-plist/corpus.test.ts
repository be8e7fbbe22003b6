/**
 * The info-plist rules over the real corpus (catalog §1.16): CLEAN/EDGE-CASE files get no warning or error from
 * them (the partial DuckDuckGo system-extension plist gets N11 at info only); the files the catalog names fire.
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
  notes: string;
}

function lintCorpus(dir: string, file: string): Diagnostic[] {
  const bytes = new Uint8Array(readFileSync(path.join(dir, 'files', file)));
  const doc = loadDocumentFromBytes(file.split('/').pop()!, bytes);
  return validateDocument(doc, {}).filter((d) => d.code.startsWith('info-plist/'));
}

const summary = (ds: Diagnostic[]) => ds.map((d) => `${d.code}:${d.severity}`);

test('corpus: no info-plist warning/error on CLEAN or EDGE-CASE files', (t) => {
  const dir = sharedDir(t, 'corpus');
  if (!dir) return;
  const manifest = JSON.parse(readFileSync(path.join(dir, 'manifest.json'), 'utf8')) as Entry[];
  let checked = 0;
  for (const e of manifest) {
    if (!/^\[(CLEAN|EDGE-CASE)\]/.test(e.notes)) continue;
    checked++;
    const bad: Diagnostic[] = lintCorpus(dir, e.file).filter((d) => d.severity === 'error' || d.severity === 'warning');
    assert.deepEqual(summary(bad), [], e.file);
  }
  assert.ok(checked > 50);
});

test('corpus: the partial DuckDuckGo system extension gets N11 at info only', (t) => {
  const dir = sharedDir(t, 'corpus');
  if (!dir) return;
  const ds = lintCorpus(dir, 'duckduckgo__apple-browsers/macOS__NetworkProtectionSystemExtension__Info.plist');
  assert.deepEqual(summary(ds), ['info-plist/sysext-usage-description-missing:info']);
});

test('corpus: the files the catalog names fire', (t) => {
  const dir = sharedDir(t, 'corpus');
  if (!dir) return;
  const expect: [string, string][] = [
    ['mullvad__mullvadvpn-app/ios__PacketTunnel__Info.plist', 'info-plist/misplaced-key:warning'],
    [
      'ProtonVPN__ios-mac-app/apps__macos__ProtonVPN OpenVPN__Info.plist',
      'info-plist/sysext-usage-description-empty:warning',
    ],
    [
      'ProtonVPN__ios-mac-app/apps__macos__ProtonVPN WireGuard__Info.plist',
      'info-plist/sysext-usage-description-empty:warning',
    ],
    ['objective-see__DNSMonitor/Extension__Info.plist', 'info-plist/sysext-usage-description-empty:warning'],
  ];
  for (const [file, diag] of expect) assert.deepEqual(summary(lintCorpus(dir, file)), [diag], file);
  const mullvad = lintCorpus(dir, 'mullvad__mullvadvpn-app/ios__PacketTunnel__Info.plist')[0];
  const text = readFileSync(path.join(dir, 'files', 'mullvad__mullvadvpn-app/ios__PacketTunnel__Info.plist'), 'utf8');
  assert.equal(text.slice(mullvad.start, mullvad.end), '<key>NSAppTransportSecurity</key>');
});

test('corpus: lokinet extension plist fires N15 and N20 when declared an app extension', (t) => {
  const dir = sharedDir(t, 'corpus');
  if (!dir) return;
  const file = 'oxen-io__lokinet/contrib__macos__lokinet-extension.Info.plist.in';
  assert.deepEqual(summary(lintCorpus(dir, file)), []);
  const bytes = new Uint8Array(readFileSync(path.join(dir, 'files', file)));
  const doc = loadDocumentFromBytes('lokinet-extension.Info.plist.in', bytes);
  const config = { dir: '/', config: { files: { '**/*': { role: 'app-extension' as const } } } };
  const codes = validateDocument(doc, { config }).map((d) => d.code);
  assert.ok(codes.includes('info-plist/package-type-mismatch'));
  assert.ok(codes.includes('info-plist/nsextension-incomplete'));
});
