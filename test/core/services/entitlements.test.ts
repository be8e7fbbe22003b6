import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadDocumentFromText } from '../../../server/src/core/engine/loadDocument';
import { validateDocument } from '../../../server/src/core/engine/validate';
import { resolveFileContext } from '../../../server/src/core/context/resolveContext';
import { doComplete, doHover } from '../../../server/src/core/services/languageService';
import type { LintOptions } from '../../../server/src/core/engine/types';
import { applyEdits } from '../../../server/src/core/text/edits';
import { ent, neArray } from '../rules/entitlements/support';

function setup(text: string, options: LintOptions = {}) {
  const doc = loadDocumentFromText('App.entitlements', text);
  const diags = validateDocument(doc, options);
  const file = resolveFileContext(doc, options);
  return {
    hover: (needle: string, options2?: { after?: number }) =>
      doHover(doc, text.indexOf(needle) + (options2?.after ?? 1), file, diags),
    complete: (offset: number) => doComplete(doc, offset, file),
  };
}

test('hover on the NE key: description, type, allowed values for the context, DTS quotes, doc link', () => {
  const text = ent(neArray('packet-tunnel-provider'));
  const h = setup(text, { distribution: 'developer-id', platform: 'macos' }).hover('com.apple.developer.networking');
  assert.ok(h);
  assert.equal(text.slice(h.start, h.end), '<key>com.apple.developer.networking.networkextension</key>');
  assert.ok(h.markdown.includes('an array of strings'));
  assert.ok(h.markdown.includes('Allowed values for macOS, Developer ID: `packet-tunnel-provider-systemextension`'));
  assert.ok(h.markdown.includes('> — Quinn “The Eskimo!”, Apple DTS, «Network Extension Provider Packaging»'));
  assert.ok(h.markdown.includes('https://developer.apple.com/documentation/bundleresources/entitlements/'));
});

test('hover on a value with a diagnostic explains the problem first, then attributed quotes', () => {
  const text = ent(neArray('content-filter-provider'), { directive: 'distribution=developer-id' });
  const h = setup(text).hover('content-filter-provider<');
  assert.ok(h);
  assert.ok(h.markdown.startsWith('**Error** (`entitlements/ne-devid-requires-systemextension-suffix`)'));
  const dts = h.markdown.indexOf('— Quinn “The Eskimo!”, Apple DTS');
  const dev = h.markdown.indexOf(
    '— reported by a developer in «Why does my Developer ID Application provisioning profile',
  );
  assert.ok(dts > 0 && dev > 0);
});

test('developer quotes are labelled as reports on a -systemextension value', () => {
  const text = ent(neArray('content-filter-provider-systemextension'));
  const h = setup(text).hover('content-filter-provider-systemextension');
  assert.ok(h);
  assert.ok(h.markdown.includes('— reported by a developer in «Network Extension "Signature check failed"'));
  assert.ok(!/reported by a developer[^\n]*Apple DTS/.test(h.markdown));
});

test('hover Background on dns-settings, managed keychain group hover', () => {
  const text = ent([
    neArray('dns-settings'),
    '<key>keychain-access-groups</key>',
    '<array><string>com.apple.managed.vpn.shared</string></array>',
  ]);
  const s = setup(text);
  assert.ok(s.hover('dns-settings')?.markdown.includes('*Background*'));
  const k = s.hover('com.apple.managed.vpn.shared');
  assert.ok(k?.markdown.includes('Access to this keychain access group requires another managed capability'));
});

test('completion of NE values: -systemextension first for Developer ID, never on iOS, plain first otherwise', () => {
  const text = ent(`<key>com.apple.developer.networking.networkextension</key>\n<array>\n\t\n</array>`);
  const at = text.indexOf('<array>\n') + '<array>\n\t\t'.length;
  const labels = (o: LintOptions) =>
    setup(text, o)
      .complete(at)
      .map((e) => e.label);
  const devid = labels({ distribution: 'developer-id' });
  assert.deepEqual(devid.slice(0, 4), [
    'packet-tunnel-provider-systemextension',
    'app-proxy-provider-systemextension',
    'content-filter-provider-systemextension',
    'dns-proxy-systemextension',
  ]);
  assert.ok(!devid.includes('packet-tunnel-provider'));
  assert.ok(devid.includes('dns-settings'));
  const ios = labels({ platform: 'ios' });
  assert.ok(ios.length > 0 && ios.every((l) => !l.endsWith('-systemextension')));
  const unknown = labels({});
  assert.equal(unknown[0], 'packet-tunnel-provider');
  assert.ok(unknown.indexOf('packet-tunnel-provider-systemextension') > unknown.indexOf('hotspot-provider'));
  const entry = setup(text).complete(at)[0];
  assert.equal(
    applyEdits(text, [{ start: at, end: at, newText: entry.insertText }]),
    text.replace('<array>\n\t\t\n', '<array>\n\t\t<string>packet-tunnel-provider</string>\n'),
  );
});

test('completion inside a <string> replaces its text and skips values already present', () => {
  const text = ent(neArray('dns-settings', 'pack'));
  const at = text.indexOf('pack') + 2;
  const items = setup(text).complete(at);
  assert.ok(!items.some((i) => i.label === 'dns-settings'));
  const first = items[0];
  assert.equal(text.slice(first.replaceStart, first.replaceEnd), 'pack');
  assert.equal(first.insertText, 'packet-tunnel-provider');
});

test('key completion at the root inserts the key and a typed value; present keys are not offered', () => {
  const text = ent([neArray('dns-settings'), '']);
  const at = text.indexOf('\t</array>\n') + '\t</array>\n\t'.length;
  const items = setup(text, { platform: 'macos' }).complete(at);
  assert.ok(!items.some((i) => i.label === 'com.apple.developer.networking.networkextension'));
  const sx = items.find((i) => i.label === 'com.apple.developer.system-extension.install');
  assert.equal(sx?.insertText, '<key>com.apple.developer.system-extension.install</key>\n\t<true/>');
  const groups = items.find((i) => i.label === 'com.apple.security.application-groups');
  assert.equal(
    groups?.insertText,
    '<key>com.apple.security.application-groups</key>\n\t<array>\n\t\t<string>$1</string>\n\t</array>',
  );
  assert.ok(groups?.snippet);
  // Platform-specific keys of other platforms sort after the ones that fit macOS.
  const multicast = items.find((i) => i.label === 'com.apple.developer.networking.multicast');
  assert.ok(multicast && sx && multicast.sortText! > sx.sortText!);
});

test('app-group completion offers the Team ID prefix only on macOS/unknown', () => {
  const text = ent(['<key>com.apple.security.application-groups</key>', '<array>', '\t', '</array>']);
  const at = text.indexOf('<array>\n') + '<array>\n\t\t'.length;
  const mac = setup(text, { platform: 'macos' })
    .complete(at)
    .map((e) => e.label);
  const ios = setup(text, { platform: 'ios' })
    .complete(at)
    .map((e) => e.label);
  assert.deepEqual(mac, ['group.', '$(TeamIdentifierPrefix)']);
  assert.deepEqual(ios, ['group.']);
});
