import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { loadDocumentFromBytes } from '../../../../server/src/core/engine/loadDocument';
import { validateDocument } from '../../../../server/src/core/engine/validate';
import type { Diagnostic } from '../../../../server/src/core/engine/types';
import { codes, lint, onlyCode } from '../../../helpers/lint';
import { sharedDir } from '../../../helpers/shared';
import { makeBinaryPlist, makeSignedPlist, provisioningProfileXml, TEST_SIGNER_CN } from '../../../helpers/fixtures';

const DECODED = 'plist/decoded-container';
const UNREADABLE = 'plist/unreadable-container';
const MULLVAD = 'corpus/files/mullvad__encrypted-dns-profiles/base__mullvad-encrypted-dns-https-base.mobileconfig';

function lintBytes(file: string, bytes: Uint8Array): Diagnostic[] {
  return validateDocument(loadDocumentFromBytes(file, bytes));
}

const PROFILE_XML = `<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE plist PUBLIC "-//Apple//DTD PLIST 1.0//EN" "http://www.apple.com/DTDs/PropertyList-1.0.dtd">
<plist version="1.0">
<dict>
\t<key>PayloadContent</key>
\t<array/>
\t<key>PayloadDisplayName</key>
\t<string>Test</string>
\t<key>PayloadIdentifier</key>
\t<string>com.example.test</string>
\t<key>PayloadType</key>
\t<string>Configuration</string>
\t<key>PayloadUUID</key>
\t<string>0D5E7E0A-4B7C-4C43-9B4E-3C1E8A2B6F10</string>
\t<key>PayloadVersion</key>
\t<integer>1</integer>
</dict>
</plist>
`;

test('N79: the Mullvad signed corpus profile gets only the info diagnostic, with the signer CN', (t) => {
  const dir = sharedDir(t);
  if (!dir) return;
  const diags = lintBytes('base.mobileconfig', new Uint8Array(readFileSync(path.join(dir, MULLVAD))));
  const n79 = onlyCode(diags, DECODED);
  assert.equal(n79.length, 1);
  assert.equal(n79[0].severity, 'info');
  assert.equal(n79[0].start, 0);
  assert.deepEqual(
    n79[0].fixes.map((f) => [f.edits.length, f.command?.id]),
    [[0, 'nelint.showDecodedContent']],
  );
  assert.match(String(n79[0].data?.signerCommonName), /^Apple Distribution: Mullvad VPN AB/);
  assert.deepEqual(
    diags.filter((d) => d.severity === 'error' || d.severity === 'warning').map((d) => d.code),
    [],
  );
  assert.deepEqual(onlyCode(diags, UNREADABLE), []);
});

test('N79: a signed profile reports its signer; a binary plist says so', () => {
  const signed = onlyCode(lintBytes('p.mobileconfig', makeSignedPlist(PROFILE_XML)), DECODED);
  assert.equal(signed.length, 1);
  assert.equal(signed[0].data?.signerCommonName, TEST_SIGNER_CN);
  assert.equal(signed[0].data?.container, 'cms');
  const binary = onlyCode(
    lintBytes(
      'p.mobileconfig',
      makeBinaryPlist({ type: 'dict', entries: [['PayloadType', { type: 'string', value: 'Configuration' }]] }),
    ),
    DECODED,
  );
  assert.equal(binary.length, 1);
  assert.equal(binary[0].data?.container, 'binary');
});

test('N79: not for XML files, not for provisioning profiles', () => {
  assert.deepEqual(onlyCode(lint(PROFILE_XML, { path: 'p.mobileconfig' }), DECODED), []);
  const diags = lintBytes('embedded.provisionprofile', makeSignedPlist(provisioningProfileXml()));
  assert.deepEqual(onlyCode(diags, DECODED), []);
  assert.deepEqual(onlyCode(diags, UNREADABLE), []);
});

test('N80: truncated CMS, detached CMS, broken bplist → one error at offset 0, nothing else', () => {
  const full = makeSignedPlist(PROFILE_XML);
  const cases = [
    full.subarray(0, Math.floor(full.length / 2)),
    makeSignedPlist(PROFILE_XML, { detached: true }),
    makeBinaryPlist({ type: 'boolean', value: true }).subarray(0, 20),
    new Uint8Array([0x30, 0x81, 0x03, 0x02, 0x01, 0x05]),
  ];
  for (const bytes of cases) {
    const diags = lintBytes('p.mobileconfig', bytes);
    assert.deepEqual(codes(diags), [UNREADABLE]);
    assert.equal(diags[0].severity, 'error');
    assert.equal(diags[0].start, 0);
    assert.equal(diags[0].end, 0);
  }
});

test('N80: a .mobileconfig or provisioning profile made of arbitrary bytes', () => {
  let seed = 3;
  const rnd = () => (seed = (seed * 1103515245 + 12345) & 0x7fffffff) & 0xff;
  const bytes = new Uint8Array(300).map(rnd);
  bytes[0] = 0x9c; // not '<', not a container header
  for (const file of ['x.mobileconfig', 'x.mobileprovision']) {
    assert.equal(onlyCode(lintBytes(file, bytes), UNREADABLE).length, 1, file);
  }
  assert.equal(
    onlyCode(lintBytes('x.mobileconfig', new TextEncoder().encode('just some text\n')), UNREADABLE).length,
    1,
  );
});

test('N80: silent on readable XML and decodable containers', () => {
  assert.deepEqual(onlyCode(lint(PROFILE_XML, { path: 'p.mobileconfig' }), UNREADABLE), []);
  assert.deepEqual(onlyCode(lintBytes('p.mobileconfig', new TextEncoder().encode(PROFILE_XML)), UNREADABLE), []);
  assert.deepEqual(
    onlyCode(lintBytes('p.mobileconfig', makeSignedPlist(PROFILE_XML, { stream: true })), UNREADABLE),
    [],
  );
});

test('N80: every cut point of a signed profile and of a binary profile yields exactly N80, fast', () => {
  const inputs = [
    makeSignedPlist(PROFILE_XML),
    makeSignedPlist(PROFILE_XML, { stream: true }),
    makeBinaryPlist({ type: 'dict', entries: [['PayloadType', { type: 'string', value: 'Configuration' }]] }),
  ];
  const t0 = Date.now();
  for (const full of inputs) {
    const step = full.length > 500 ? 5 : 1;
    for (let cut = 1; cut < full.length; cut += step) {
      const diags = lintBytes('p.mobileconfig', full.subarray(0, cut));
      assert.equal(onlyCode(diags, UNREADABLE).length, 1, `cut ${cut}`);
      assert.deepEqual(
        diags.filter((d) => d.code !== UNREADABLE && d.severity === 'error' && !d.code.startsWith('plist/')),
        [],
        `cut ${cut}`,
      );
    }
  }
  assert.ok(Date.now() - t0 < 20_000);
});
