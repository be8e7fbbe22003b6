import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { loadContainer, sniffContainer } from '../../../server/src/core/container/loadContainer';
import type { PlistValue } from '../../../server/src/core/container/plistValue';
import { dictGet, isDict } from '../../../server/src/core/model/plist';
import { sharedDir } from '../../helpers/shared';
import { makeBinaryPlist, makeSignedPlist, provisioningProfileXml, TEST_SIGNER_CN } from '../../helpers/fixtures';
import { signWithPkijs } from '../../helpers/pkijsSigner';

const MULLVAD = 'corpus/files/mullvad__encrypted-dns-profiles/base__mullvad-encrypted-dns-https-base.mobileconfig';

const sample: PlistValue = {
  type: 'dict',
  entries: [
    ['PayloadType', { type: 'string', value: 'Configuration' }],
    ['Big', { type: 'integer', value: -(2n ** 63n) }],
    [
      'List',
      {
        type: 'array',
        items: [
          { type: 'boolean', value: true },
          { type: 'data', value: new Uint8Array([1, 2]) },
        ],
      },
    ],
  ],
};

test('sniffs bplist, DER and text', () => {
  assert.equal(sniffContainer(new TextEncoder().encode('bplist00xyz')), 'bplist');
  assert.equal(sniffContainer(new Uint8Array([0x30, 0x80, 0x06])), 'der');
  assert.equal(sniffContainer(new Uint8Array([0x30, 0x82, 0x06])), 'der');
  assert.equal(sniffContainer(new Uint8Array([0x30, 0x84])), 'text');
  assert.equal(sniffContainer(new TextEncoder().encode('<?xml')), 'text');
  assert.equal(sniffContainer(new Uint8Array([])), 'text');
});

test('a binary plist loads as a read-only XML document with exact 64-bit integers', () => {
  const doc = loadContainer('x.mobileconfig', makeBinaryPlist(sample));
  assert.equal(doc.container, 'binary');
  assert.deepEqual(doc.decoded, { container: 'binary' });
  assert.equal(doc.unreadable, undefined);
  assert.equal(doc.xml.issues.length, 0, JSON.stringify(doc.xml.issues));
  assert.ok(isDict(doc.root));
  assert.equal(dictGet(doc.root, 'Big')?.kind, 'integer');
  const big = dictGet(doc.root, 'Big');
  assert.equal(big && 'text' in big ? big.text : '', '-9223372036854775808');
});

test('the Mullvad CMS-signed corpus profile decodes with its signer', (t) => {
  const dir = sharedDir(t);
  if (!dir) return;
  const doc = loadContainer('p.mobileconfig', new Uint8Array(readFileSync(path.join(dir, MULLVAD))));
  assert.equal(doc.container, 'cms');
  assert.equal(doc.unreadable, undefined);
  assert.equal(doc.decoded?.innerFormat, 'xml');
  assert.match(doc.decoded?.signerCommonName ?? '', /^Apple Distribution: Mullvad VPN AB/);
  assert.equal(doc.xml.issues.length, 0);
  assert.ok(doc.text.startsWith('<?xml'));
  assert.ok(isDict(doc.root) && dictGet(doc.root, 'PayloadContent'));
});

test('CMS produced by openssl (DER and BER indefinite-length, chunked eContent) decodes', () => {
  const xml = provisioningProfileXml();
  for (const stream of [false, true]) {
    const bytes = makeSignedPlist(xml, { stream });
    if (stream) assert.deepEqual([...bytes.subarray(0, 2)], [0x30, 0x80]);
    const doc = loadContainer('p.provisionprofile', bytes);
    assert.equal(doc.unreadable, undefined, doc.unreadable?.reason);
    assert.equal(doc.text, xml);
    assert.equal(doc.decoded?.signerCommonName, TEST_SIGNER_CN);
    assert.ok(doc.decoded?.signingTime && !Number.isNaN(Date.parse(doc.decoded.signingTime)));
  }
});

test('CMS whose content is a binary plist is rendered as XML', () => {
  const doc = loadContainer('p.mobileconfig', makeSignedPlist(makeBinaryPlist(sample)));
  assert.equal(doc.decoded?.innerFormat, 'binary');
  assert.ok(isDict(doc.root) && dictGet(doc.root, 'PayloadType'));
});

function unreadable(bytes: Uint8Array, re?: RegExp): void {
  const doc = loadContainer('p.mobileconfig', bytes);
  assert.ok(doc.unreadable, 'expected unreadable');
  assert.equal(doc.root, null);
  assert.equal(doc.text, '');
  if (re) assert.match(doc.unreadable.reason, re);
}

test('detached signatures, non-SignedData DER and non-plist content are unreadable', () => {
  unreadable(makeSignedPlist('<plist><dict/></plist>', { detached: true }), /detached/);
  unreadable(makeSignedPlist('hello, not a plist'), /not a property list/);
  unreadable(makeSignedPlist(new Uint8Array([1, 2, 3, 0, 0])), /not a property list/);
  // A DER SEQUENCE that is not ContentInfo/SignedData (INTEGER 5 inside).
  unreadable(new Uint8Array([0x30, 0x81, 0x03, 0x02, 0x01, 0x05]));
  unreadable(new TextEncoder().encode('bplist15garbage'), /version/);
});

test('every truncation of a CMS envelope is unreadable quickly, never a throw', () => {
  for (const stream of [false, true]) {
    const full = makeSignedPlist(provisioningProfileXml(), { stream });
    const t0 = Date.now();
    for (let cut = 2; cut < full.length; cut += 7) {
      const doc = loadContainer('p.mobileprovision', full.subarray(0, cut));
      // Cutting inside trailing signature bytes can never yield a readable document.
      assert.ok(doc.unreadable, `cut ${cut} of ${full.length} was readable`);
    }
    assert.ok(Date.now() - t0 < 5000);
  }
});

test('random bytes behind a DER or bplist header are unreadable', () => {
  let seed = 7;
  const rnd = () => (seed = (seed * 1103515245 + 12345) & 0x7fffffff) & 0xff;
  for (let i = 0; i < 300; i++) {
    const b = new Uint8Array(10 + (i % 200)).map(rnd);
    if (i % 2) b.set([0x30, 0x80 + (i % 4)]);
    else b.set(new TextEncoder().encode('bplist00'));
    const doc = loadContainer('r.mobileconfig', b);
    assert.ok(doc.unreadable);
  }
});

test('a large (10 MB) streamed CMS profile decodes (asn1js limits scale with the input)', () => {
  const xml = `<plist version="1.0"><dict><key>Pad</key><string>${'a'.repeat(10_000_000)}</string></dict></plist>\n`;
  const t0 = Date.now();
  const doc = loadContainer('big.mobileconfig', makeSignedPlist(xml, { stream: true }));
  assert.equal(doc.unreadable, undefined, doc.unreadable?.reason);
  assert.equal(doc.text.length, xml.length);
  assert.ok(Date.now() - t0 < 15_000);
});

test('CMS built by a second encoder (pkijs: constructed eContent, definite and indefinite lengths) decodes', () => {
  const xml = provisioningProfileXml();
  for (const stream of [false, true]) {
    const doc = loadContainer('p.provisionprofile', signWithPkijs(Buffer.from(xml), TEST_SIGNER_CN, { stream }));
    assert.equal(doc.unreadable, undefined, doc.unreadable?.reason);
    assert.equal(doc.text, xml);
    assert.equal(doc.decoded?.signerCommonName, TEST_SIGNER_CN);
    assert.ok(doc.decoded?.signingTime);
  }
  const detached = loadContainer(
    'p.provisionprofile',
    signWithPkijs(Buffer.from(xml), TEST_SIGNER_CN, { detached: true }),
  );
  assert.match(detached.unreadable?.reason ?? '', /detached/);
});
