import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadDocumentFromText } from '../../../server/src/core/engine/loadDocument';
import { validateDocument } from '../../../server/src/core/engine/validate';
import { resolveFileContext } from '../../../server/src/core/context/resolveContext';
import { infoPlistHover } from '../../../server/src/core/services/infoPlist/hover';
import { infoPlistCompletion } from '../../../server/src/core/services/infoPlist/completion';
import { locate } from '../../../server/src/core/model/query';
import type { LintOptions } from '../../../server/src/core/engine/types';
import { applyEdits } from '../../../server/src/core/text/edits';
import { doComplete, doHover } from '../../../server/src/core/services/languageService';
import { infoPlist } from '../rules/info-plist/plist';

function setup(text: string, options: LintOptions = {}) {
  const doc = loadDocumentFromText('Info.plist', text);
  const diags = validateDocument(doc, options);
  const file = resolveFileContext(doc, options);
  const req = (offset: number) => ({ doc, offset, file, location: locate(doc.root, offset) });
  return {
    hover(needle: string, delta = 1) {
      const offset = text.indexOf(needle) + delta;
      const here = diags.filter((d) => d.start <= offset && offset <= d.end);
      return infoPlistHover({ ...req(offset), diagnostics: here });
    },
    complete: (offset: number) => infoPlistCompletion(req(offset)),
  };
}

const SYSEX = infoPlist(
  [
    '<key>CFBundleIdentifier</key>',
    '<string>com.example.app.ext</string>',
    '<key>CFBundlePackageType</key>',
    '<string>SYSX</string>',
    '<key>NetworkExtension</key>',
    '<dict>',
    '\t<key>NEMachServiceName</key>',
    '\t<string>$(TeamIdentifierPrefix)com.example.app.xpc</string>',
    '\t<key>NEProviderClasses</key>',
    '\t<dict>',
    '\t\t<key>com.apple.networkextension.filter-data</key>',
    '\t\t<string>$(PRODUCT_MODULE_NAME).FilterDataProvider</string>',
    '\t</dict>',
    '</dict>',
  ].join('\n'),
);

test('hover on NEMachServiceName: description, placement, DTS quotes attributed, Background labelled', () => {
  const h = setup(SYSEX).hover('<key>NEMachServiceName');
  assert.ok(h);
  assert.equal(SYSEX.slice(h.start, h.end), '<key>NEMachServiceName</key>');
  assert.ok(h.markdown.includes('**`NEMachServiceName`**'));
  assert.ok(h.markdown.includes('Belongs: inside `NetworkExtension`'));
  assert.ok(h.markdown.includes('> — Quinn “The Eskimo!”, Apple DTS, «Network Extension Provider Packaging»'));
  assert.ok(h.markdown.includes('— reported by a developer in «'));
  assert.ok(h.markdown.includes('*Background* ('));
  assert.ok(
    h.markdown.includes('https://developer.apple.com/documentation/bundleresources/information-property-list/'),
  );
});

test('hover on an extension-point key and a provider class', () => {
  const s = setup(SYSEX);
  const point = s.hover('<key>com.apple.networkextension.filter-data');
  assert.ok(point);
  assert.ok(point.markdown.includes('`NEFilterDataProvider`'));
  assert.ok(point.markdown.includes('«Network Extension Provider Packaging»'));
  const cls = s.hover('$(PRODUCT_MODULE_NAME).FilterDataProvider', 3);
  assert.ok(cls);
  assert.ok(cls.markdown.includes('Must subclass `NEFilterDataProvider`'));
});

test('hover on CFBundleIdentifier of a system extension carries the role-specific quotes', () => {
  const h = setup(SYSEX).hover('<key>CFBundleIdentifier');
  assert.ok(h);
  assert.ok(h.markdown.includes('Extension not found in App bundle'));
  const app = infoPlist(
    '<key>CFBundleIdentifier</key>\n<string>a</string>\n<key>CFBundlePackageType</key>\n<string>APPL</string>',
  );
  const h2 = setup(app).hover('<key>CFBundleIdentifier');
  assert.ok(h2);
  assert.ok(!h2.markdown.includes('Extension not found in App bundle'));
});

test('hover on a misplaced key explains the diagnostic first and where the key belongs', () => {
  const text = infoPlist(
    '<key>NSExtension</key>\n<dict>\n\t<key>NSAppTransportSecurity</key>\n\t<dict/>\n\t<key>NSExtensionPointIdentifier</key>\n\t<string>com.apple.networkextension.packet-tunnel</string>\n\t<key>NSExtensionPrincipalClass</key>\n\t<string>P</string>\n</dict>',
  );
  const h = setup(text).hover('<key>NSAppTransportSecurity');
  assert.ok(h);
  assert.ok(h.markdown.startsWith('**Warning** (`info-plist/misplaced-key`)'));
  assert.ok(h.markdown.includes('Belongs: top level of Info.plist'));
});

test('hover on the NSExtensionPointIdentifier value shows the point', () => {
  const text = infoPlist(
    '<key>NSExtension</key>\n<dict>\n\t<key>NSExtensionPointIdentifier</key>\n\t<string>com.apple.networkextension.app-push</string>\n</dict>',
  );
  const h = setup(text).hover('com.apple.networkextension.app-push');
  assert.ok(h);
  assert.ok(h.markdown.includes('`NEAppPushProvider`'));
});

test('completion at the root of a system extension: NSSystemExtensionUsageDescription first, inserted with a string', () => {
  const text = infoPlist('<key>CFBundlePackageType</key>\n<string>SYSX</string>\n');
  const offset = text.indexOf('</dict>');
  const items = setup(text).complete(offset);
  assert.ok(!items.some((i) => i.label === 'CFBundlePackageType'));
  const usage = items.find((i) => i.label === 'NSSystemExtensionUsageDescription');
  assert.ok(usage);
  assert.equal(usage.snippet, true);
  assert.equal(
    usage.insertText,
    '<key>NSSystemExtensionUsageDescription</key>\n<string>${1:Explain why the app installs this system extension.}</string>',
  );
  const sorted = [...items].sort((a, b) => (a.sortText ?? '').localeCompare(b.sortText ?? ''));
  assert.ok(
    sorted.findIndex((i) => i.label === 'NetworkExtension') < sorted.findIndex((i) => i.label === 'NSExtension'),
  );
});

test('completion inside NetworkExtension and NEProviderClasses (keys are extension points), values re-indented', () => {
  const text = infoPlist(
    '<key>NetworkExtension</key>\n<dict>\n\t<key>NEProviderClasses</key>\n\t<dict>\n\t</dict>\n</dict>',
  )
    .replace('\t\t<dict>\n', '\t\t<dict>\n\t\t\t\n')
    .replace('\t\t</dict>\n', '\t\t</dict>\n\t\t\n');
  const s = setup(text);
  const inClasses = text.indexOf('\t\t\t\n') + 3;
  const points = s.complete(inClasses).map((i) => i.label);
  assert.deepEqual(points, [
    'com.apple.networkextension.packet-tunnel',
    'com.apple.networkextension.app-proxy',
    'com.apple.networkextension.filter-data',
    'com.apple.networkextension.filter-packet',
    'com.apple.networkextension.dns-proxy',
  ]);
  const dns = s.complete(inClasses).find((i) => i.label.endsWith('dns-proxy'))!;
  assert.equal(
    dns.insertText,
    '<key>com.apple.networkextension.dns-proxy</key>\n\t\t\t<string>$(PRODUCT_MODULE_NAME).${1:DNSProxyProvider}</string>',
  );
  const inNe = text.indexOf('\t\t\n\t</dict>') + 2;
  const labels = s.complete(inNe).map((i) => i.label);
  assert.deepEqual(labels, ['NEMachServiceName']);
  // inserting the completion at the cursor gives a well-placed entry
  const item = s.complete(inNe)[0];
  const out = applyEdits(text, [{ start: inNe, end: inNe, newText: item.insertText }]);
  assert.ok(
    out.includes(
      '\t\t<key>NEMachServiceName</key>\n\t\t<string>${1:$(TeamIdentifierPrefix)$(PRODUCT_BUNDLE_IDENTIFIER)}</string>',
    ),
  );
});

test('completion of extension-point values in NSExtensionPointIdentifier and package types', () => {
  const text = infoPlist(
    '<key>CFBundlePackageType</key>\n<string>X</string>\n<key>NSExtension</key>\n<dict>\n\t<key>NSExtensionPointIdentifier</key>\n\t<string>com.apple.networkextension.</string>\n</dict>',
  );
  const s = setup(text);
  const pointOffset = text.indexOf('com.apple.networkextension.<') + 5;
  const values = s.complete(pointOffset);
  assert.ok(values.some((v) => v.label === 'com.apple.networkextension.app-push'));
  assert.ok(!values.some((v) => v.label === 'com.apple.networkextension.filter-packet'));
  assert.equal(text.slice(values[0].replaceStart, values[0].replaceEnd), 'com.apple.networkextension.');
  const types = s.complete(text.indexOf('>X<') + 1).map((v) => v.label);
  assert.ok(types.includes('SYSX') && types.includes('XPC!'));
});

test('completion inside a <key> replaces only the key name', () => {
  const text = infoPlist('<key>NSExt</key>\n<string/>');
  const offset = text.indexOf('NSExt') + 5;
  const items = setup(text).complete(offset);
  const item = items.find((i) => i.label === 'NSExtension')!;
  assert.equal(item.insertText, 'NSExtension');
  assert.equal(text.slice(item.replaceStart, item.replaceEnd), 'NSExt');
});

test('the language service routes Info.plist hovers and completions to these providers', () => {
  const doc = loadDocumentFromText('Info.plist', SYSEX);
  const file = resolveFileContext(doc, {});
  const h = doHover(doc, SYSEX.indexOf('<key>NetworkExtension') + 3, file, []);
  assert.ok(h?.markdown.includes('**`NetworkExtension`**'));
  const items = doComplete(doc, SYSEX.indexOf('</dict>\n</plist>'), file);
  assert.ok(items.some((i) => i.label === 'NSSystemExtensionUsageDescription'));
});
