/**
 * Catalog §1.16 for the requirement/, sysext-policy/ and relay/ families: through the real engine, no
 * warning or error on any CLEAN or EDGE-CASE corpus file (with no context and with the manifest's context),
 * and N52 fires on the SUSPECT FortiClient profile the catalog names.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { sharedDir } from '../../../helpers/shared';
import { loadDocumentFromBytes } from '../../../../server/src/core/engine/loadDocument';
import { validateDocument } from '../../../../server/src/core/engine/validate';
import type { Diagnostic, LintOptions } from '../../../../server/src/core/engine/types';

const FAMILIES = /^(requirement|sysext-policy|relay)\//;

interface Entry {
  file: string;
  notes: string;
  platform?: string;
  distribution?: string;
}

function mine(dir: string, e: Entry, options: LintOptions): Diagnostic[] {
  const bytes = new Uint8Array(readFileSync(path.join(dir, 'files', e.file)));
  return validateDocument(loadDocumentFromBytes(e.file, bytes), options).filter((d) => FAMILIES.test(d.code));
}

test('no requirement/sysext-policy/relay warning or error on CLEAN and EDGE-CASE corpus files', (t) => {
  const dir = sharedDir(t, 'corpus');
  if (!dir) return;
  const manifest = JSON.parse(readFileSync(path.join(dir, 'manifest.json'), 'utf8')) as Entry[];
  const bad: string[] = [];
  for (const e of manifest.filter((x) => /^\[(CLEAN|EDGE-CASE)\]/.test(x.notes))) {
    const ctx: LintOptions = {};
    if (e.platform && e.platform !== 'unknown') ctx.platform = e.platform as LintOptions['platform'];
    if (e.distribution && e.distribution !== 'unknown') {
      ctx.distribution = e.distribution as LintOptions['distribution'];
    }
    for (const options of [{}, ctx]) {
      for (const d of mine(dir, e, options)) {
        if (d.severity === 'error' || d.severity === 'warning') bad.push(`${e.file}: ${d.code} ${d.message}`);
      }
    }
  }
  assert.deepEqual(bad, []);
});

test('N52 fires on the SUSPECT FortiClient profile for every unapproved provider', (t) => {
  const dir = sharedDir(t, 'corpus');
  if (!dir) return;
  const file = 'kandji-inc__support/Configuration Profiles__forticlient_settings.mobileconfig';
  const diags = mine(dir, { file, notes: '' }, {});
  const text = readFileSync(path.join(dir, 'files', file), 'utf8');
  const n52 = diags.filter((d) => d.code === 'sysext-policy/provider-not-approved');
  assert.deepEqual(
    n52.map((d) => text.slice(d.start, d.end)),
    // filter data + filter packet provider (both enabled), and the VPN provider
    ['com.fortinet.forticlient.macos', 'com.fortinet.forticlient.macos', 'com.fortinet.forticlient.macos.vpn'],
  );
  assert.deepEqual(
    diags.filter((d) => d.code !== 'sysext-policy/provider-not-approved').map((d) => d.code),
    [],
  );
});
