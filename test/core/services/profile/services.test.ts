import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadDocumentFromText } from '../../../../server/src/core/engine/loadDocument';
import { validateDocument } from '../../../../server/src/core/engine/validate';
import { resolveFileContext } from '../../../../server/src/core/context/resolveContext';
import { parseDirectives } from '../../../../server/src/core/context/directives';
import { doComplete, doHover } from '../../../../server/src/core/services/languageService';
import { SCHEMA_RELEASE } from '../../../../server/src/core/knowledge/profileSchema';
import { setUuidGenerator, sequentialUuids } from '../../../../server/src/core/knowledge/uuid';
import { getQuote } from '../../../../server/src/core/knowledge/quotes';
import { escapeMarkdown } from '../../../../server/src/core/knowledge/quotes';
import { envelope, profile, vpnPayload } from '../../rules/profile/profileTestKit';

setUuidGenerator(sequentialUuids());

function setup(text: string) {
  const doc = loadDocumentFromText('x.mobileconfig', text);
  const file = resolveFileContext(doc, {}, parseDirectives(doc));
  return { doc, file, diagnostics: validateDocument(doc) };
}

function hoverAt(text: string, marker: string, delta = 2) {
  const { doc, file, diagnostics } = setup(text);
  return doHover(doc, text.indexOf(marker) + delta, file, diagnostics);
}

function completeAt(text: string, offset: number) {
  const { doc, file } = setup(text);
  return doComplete(doc, offset, file);
}

const TP = profile([
  vpnPayload(
    '<key>TransparentProxy</key>\n<dict>\n<key>ProviderType</key>\n<string>app-proxy</string>\n<key>Order</key>\n<integer>1</integer>\n</dict>',
  ).replace('<string>VPN</string>', '<string>TransparentProxy</string>'),
]);

test('hover on VPNType: type, required, platforms, allowed values, quotes and the schema release', () => {
  const h = hoverAt(TP, '<key>VPNType</key>', 6);
  assert.ok(h);
  assert.match(h.markdown, /`VPNType`/);
  assert.match(h.markdown, /Type: `<string>`/);
  assert.match(h.markdown, /\*\*Required\*\*/);
  assert.match(h.markdown, /macOS 10\.7\+/);
  assert.match(h.markdown, /`TransparentProxy`/);
  assert.ok(h.markdown.includes(SCHEMA_RELEASE));
  const q = getQuote('Q-U18')!;
  assert.ok(h.markdown.includes(escapeMarkdown(q.text.split('\n')[0])), 'quote Q-U18 verbatim');
  assert.match(h.markdown, /vpn\/subtype-missing|profile\/value-not-in-rangelist/);
});

test('hover on a nested key (TransparentProxy › Order) and on an overlay key', () => {
  const h = hoverAt(TP, '<key>Order</key>', 6);
  assert.ok(h);
  assert.match(h.markdown, /Type: `<integer>`/);
  assert.match(h.markdown, /Optional/);
  assert.ok(h.markdown.includes(escapeMarkdown(getQuote('Q-U19')!.text.split('\n')[0])));
  const overlay = profile([
    vpnPayload('<key>VPN</key>\n<dict>\n<key>RemoteAddress</key>\n<string>x</string>\n</dict>'),
  ]);
  const o = hoverAt(overlay, '<key>RemoteAddress</key>', 6);
  assert.ok(o);
  assert.match(o.markdown, /overlay/);
});

test('hover on a payload PayloadType value shows the payload; a diagnostic is explained first', () => {
  const h = hoverAt(TP, '<string>com.apple.vpn.managed</string>', 10);
  assert.ok(h);
  assert.match(h.markdown, /Payload: VPN/);
  const bad = profile([
    vpnPayload('<key>VPN</key>\n<dict>\n<key>ProviderBundleIdentifer</key>\n<string>a</string>\n</dict>'),
  ]);
  const d = hoverAt(bad, '<key>ProviderBundleIdentifer</key>', 6);
  assert.ok(d);
  assert.match(d.markdown, /^\*\*Warning\*\* \(`profile\/unknown-key`\)/);
});

test('completion inside the payload dict: missing keys first, required ones marked, present keys omitted', () => {
  const text = profile([envelope('com.apple.vpn.managed') + '\n<key>VPNType</key>\n<string>VPN</string>']);
  const at = text.indexOf('<string>VPN</string>') + '<string>VPN</string>'.length + 1;
  const items = completeAt(text, at).filter((i) => i.kind === 'key');
  const labels = items.map((i) => i.label);
  assert.ok(labels.includes('UserDefinedName'));
  assert.ok(!labels.includes('VPNType'), 'present key not offered');
  const sorted = [...items].sort((a, b) => (a.sortText ?? '').localeCompare(b.sortText ?? ''));
  assert.equal(sorted[0].label, 'UserDefinedName');
  assert.match(sorted[0].detail ?? '', /required/);
  assert.ok(labels.includes('TransparentProxy') && labels.includes('VPNSubType'));
});

test('completion in a sub-dict uses that dict schema; values come from the rangelist', () => {
  const text = profile([vpnPayload('<key>DNS</key>\n<dict>\n<key>DNSProtocol</key>\n<string>HTTPS</string>\n</dict>')]);
  const inDns = text.indexOf('<string>HTTPS</string>') + '<string>HTTPS</string>'.length + 1;
  const keys = completeAt(text, inDns).map((i) => i.label);
  assert.ok(keys.includes('ServerURL'));
  assert.ok(!keys.includes('VPNType'));
  const value = completeAt(text, text.indexOf('HTTPS') + 1);
  assert.deepEqual(
    value.map((v) => v.label),
    ['Cleartext', 'HTTPS', 'TLS'],
  );
  assert.equal(value[0].replaceStart, text.indexOf('HTTPS'));
});

test('completion inside PayloadContent offers payload snippets with fresh upper-case UUIDs', () => {
  const text = profile([vpnPayload()]);
  const at = text.indexOf('\t</array>');
  const items = completeAt(text, at);
  const labels = items.map((i) => i.label);
  for (const l of [
    'TransparentProxy VPN payload',
    'Per-app VPN payload + app mapping',
    'Content filter plugin payload',
    'DNS proxy payload',
    'DNS settings payload (DoH)',
    'DNS settings payload (DoT)',
    'Relay payload',
    'System extension policy payload',
  ]) {
    assert.ok(labels.includes(l), l);
  }
  const perApp = items.find((i) => i.label.startsWith('Per-app'))!;
  const uuids = perApp.insertText.match(/[0-9A-F]{8}-[0-9A-F]{4}-4[0-9A-F]{3}-[89AB][0-9A-F]{3}-[0-9A-F]{12}/g) ?? [];
  assert.ok(uuids.length >= 4);
  // The applayer VPNUUID and the mapping's VPNUUID are the same fresh UUID.
  const vpnuuids = [...perApp.insertText.matchAll(/<key>VPNUUID<\/key>\n\t*<string>([^<]+)</g)].map((m) => m[1]);
  assert.equal(vpnuuids.length, 2);
  assert.equal(vpnuuids[0], vpnuuids[1]);
});

test('completion in an empty file offers a full profile envelope', () => {
  const items = completeAt('', 0);
  assert.equal(items.length, 1);
  assert.match(items[0].insertText, /<string>Configuration<\/string>/);
});
