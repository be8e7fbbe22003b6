/**
 * Hostile input through the whole pipeline (bytes → container/text decoding → parser → every rule), per file
 * kind: each answered without throwing and in well under a second of CPU per megabyte. CPU time (not wall
 * time) is measured so a busy CI machine does not make the test flaky while a quadratic path still fails it.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadDocumentFromBytes } from '../../server/src/core/engine/loadDocument';
import { validateDocument } from '../../server/src/core/engine/validate';
import type { Diagnostic } from '../../server/src/core/engine/types';
import { makeBinaryPlist, makeSignedPlist } from '../helpers/fixtures';

const ALL_KINDS = ['Hostile.mobileconfig', 'Hostile.entitlements', 'Info.plist', 'Hostile.mobileprovision'];
/** Big inputs run as a profile (the kind with the most rules) only, to keep `npm test` fast. */
const BIG_KINDS = ALL_KINDS.slice(0, 1);
const MB = 1024 * 1024;

function cpuMs(fn: () => void): number {
  const before = process.cpuUsage();
  fn();
  const d = process.cpuUsage(before);
  return (d.user + d.system) / 1000;
}

/** Validates `bytes` under every kind; returns the diagnostics of the first kind. */
function survive(name: string, bytes: Uint8Array): Diagnostic[] {
  const PATHS = bytes.length > 100_000 ? BIG_KINDS : ALL_KINDS;
  // A blow-up detector, not a speed measure (speed is measured by `npm run bench`): an exponential or quadratic
  // path on these inputs takes minutes, a linear one well under a second per MB; 10 s/MB leaves room for a loaded CI.
  const budget = Math.max(5000, (1000 * bytes.length) / MB) * 10 * PATHS.length;
  let first: Diagnostic[] = [];
  const used = cpuMs(() => {
    PATHS.forEach((p, i) => {
      const diags = validateDocument(loadDocumentFromBytes(p, bytes), {});
      if (i === 0) first = diags;
    });
  });
  assert.ok(
    used < budget,
    `${name}: ${used.toFixed(0)} ms CPU for ${bytes.length} bytes × ${PATHS.length} kinds (budget ${budget} ms)`,
  );
  return first;
}

const utf8 = (s: string) => new Uint8Array(Buffer.from(s, 'utf8'));

test('billion laughs and quadratic blow-up: entities are never expanded', () => {
  const decls = ['<!ENTITY lol "lol">'];
  for (let i = 1; i < 10; i++) decls.push(`<!ENTITY lol${i} "${`&lol${i === 1 ? '' : i - 1};`.repeat(10)}">`);
  const laughs = `<?xml version="1.0"?>\n<!DOCTYPE plist [\n${decls.join('\n')}\n]>\n<plist><dict><key>a</key><string>&lol9;</string></dict></plist>`;
  survive('billion laughs', utf8(laughs));
  const big = 'x'.repeat(50_000);
  const quadratic = `<?xml version="1.0"?>\n<!DOCTYPE plist [<!ENTITY a "${big}">]>\n<plist><dict><key>a</key><string>${'&a;'.repeat(50_000)}</string></dict></plist>`;
  const diags = survive('quadratic blow-up', utf8(quadratic));
  assert.ok(diags.length <= 250, `${diags.length} diagnostics`); // one per reference, capped per code
});

test('external entities (file and http) are never resolved', () => {
  for (const sys of ['file:///etc/passwd', 'http://127.0.0.1:9/x', 'https://example.com/x.dtd']) {
    const text = `<?xml version="1.0"?>\n<!DOCTYPE plist [<!ENTITY xxe SYSTEM "${sys}">]>\n<plist><dict><key>k</key><string>&xxe;</string></dict></plist>`;
    const doc = loadDocumentFromBytes('x.plist', utf8(text));
    assert.ok(doc.text.includes('&xxe;'));
    assert.ok(!doc.text.includes('root:'));
    survive(`external entity ${sys}`, utf8(text));
  }
});

test('100,000-deep nesting, closed and unclosed, arrays and dicts', () => {
  const d = 100_000;
  survive('deep arrays', utf8(`<plist>${'<array>'.repeat(d)}${'</array>'.repeat(d)}</plist>`));
  survive('deep dicts', utf8(`<plist>${'<dict><key>k</key>'.repeat(d)}<true/>${'</dict>'.repeat(d)}</plist>`));
  survive('deep unclosed', utf8(`<plist>${'<dict><key>PayloadContent</key><array>'.repeat(d)}`));
});

test('1 MB of random bytes; 64 KB behind every container header', () => {
  let x = 12345;
  const noise = new Uint8Array(MB);
  for (let i = 0; i < noise.length; i++) noise[i] = (x = (x * 1103515245 + 12345) >>> 0) >>> 24;
  survive('random bytes', noise);
  for (const head of ['bplist00', '\u0030\u0082', '\u00ff\u00fe', '<?xml version="1.0"?><plist>']) {
    const bytes = Buffer.concat([Buffer.from(head, 'latin1'), noise.subarray(0, 64 * 1024)]);
    survive(`random bytes after ${JSON.stringify(head)}`, new Uint8Array(bytes));
  }
});

test('truncated binary plists and CMS blobs: a notice, no exception, no fix', () => {
  const items = Array.from({ length: 2000 }, (_, i) => ({ type: 'string' as const, value: `com.example.${i}` }));
  const bplist = makeBinaryPlist({ type: 'dict', entries: [['list', { type: 'array', items }]] });
  const cms = makeSignedPlist(bplist);
  for (const blob of [bplist, cms]) {
    for (const cut of [1, 8, 9, 40, blob.length >> 1, blob.length - 33, blob.length - 1]) {
      const diags = survive(`truncated at ${cut}`, blob.slice(0, cut));
      assert.ok(diags.every((d) => d.fixes.length === 0));
    }
  }
});

test('UTF-16 (LE/BE, with BOM or declared) and empty files', () => {
  const xml =
    '<?xml version="1.0" encoding="UTF-16"?>\n<plist version="1.0"><dict><key>com.apple.developer.networking.networkextension</key><array><string>dns-proxy</string></array></dict></plist>\n';
  const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(xml, 'utf16le')]);
  const be = Buffer.from(le);
  be.swap16();
  for (const bytes of [le, be, Buffer.from(xml, 'utf16le'), le.subarray(0, le.length - 1)]) {
    survive('utf-16', new Uint8Array(bytes));
  }
  const leDoc = loadDocumentFromBytes('x.entitlements', new Uint8Array(le));
  assert.ok(leDoc.text.includes('dns-proxy'));
  for (const empty of ['', '\ufeff', ' \n\t\r\n', '<?xml version="1.0"?>']) {
    survive(`empty ${JSON.stringify(empty)}`, utf8(empty));
  }
  survive('zero bytes', new Uint8Array(0));
});
