import { test } from 'node:test';
import assert from 'node:assert/strict';
import { applyFix, lint, onlyCode, rangeText } from '../../../helpers/lint';
import { infoPlist } from './plist';

const N18 = 'info-plist/unknown-extension-point';
const P = { path: 'Info.plist' };

const classes = (key: string) =>
  infoPlist(
    `<key>NetworkExtension</key>\n<dict>\n\t<key>NEProviderClasses</key>\n\t<dict>\n\t\t<key>${key}</key>\n\t\t<string>$(PRODUCT_MODULE_NAME).P</string>\n\t</dict>\n</dict>`,
  );
const nsext = (point: string) =>
  infoPlist(
    `<key>NSExtension</key>\n<dict>\n\t<key>NSExtensionPointIdentifier</key>\n\t<string>${point}</string>\n\t<key>NSExtensionPrincipalClass</key>\n\t<string>P</string>\n</dict>`,
  );
const exkit = (point: string) =>
  infoPlist(
    `<key>EXAppExtensionAttributes</key>\n<dict>\n\t<key>EXExtensionPointIdentifier</key>\n\t<string>${point}</string>\n</dict>`,
  );

test('N18: catalog example — packet-tunnel-provider in NEProviderClasses, warning with a suggestion fix', () => {
  const text = classes('com.apple.networkextension.packet-tunnel-provider');
  const [d, ...rest] = onlyCode(lint(text, P), N18);
  assert.equal(rest.length, 0);
  assert.equal(d.severity, 'warning');
  assert.equal(rangeText(text, d), '<key>com.apple.networkextension.packet-tunnel-provider</key>');
  assert.ok(applyFix(text, d).includes('<key>com.apple.networkextension.packet-tunnel</key>'));
  assert.deepEqual(onlyCode(lint(classes('com.apple.networkextension.packet-tunnel'), P), N18), []);
});

test('N18: a point of the other packaging is a warning without fix', () => {
  const text = classes('com.apple.networkextension.filter-control');
  const [d] = onlyCode(lint(text, P), N18);
  assert.equal(d.severity, 'warning');
  assert.deepEqual(d.fixes, []);
  const appex = nsext('com.apple.networkextension.filter-packet');
  const [a] = onlyCode(lint(appex, P), N18);
  assert.equal(a.severity, 'warning');
  assert.equal(rangeText(appex, a), 'com.apple.networkextension.filter-packet');
});

test('N18: an unknown NE point without suggestion is info; a case typo is a warning', () => {
  const [d] = onlyCode(lint(nsext('com.apple.networkextension.quantum-tunnel'), P), N18);
  assert.equal(d.severity, 'info');
  const text = nsext('com.apple.networkextension.Packet-Tunnel');
  const [w] = onlyCode(lint(text, P), N18);
  assert.equal(w.severity, 'warning');
  assert.ok(applyFix(text, w).includes('<string>com.apple.networkextension.packet-tunnel</string>'));
});

test('N18: silent on non-NE points, corpus points, variables', () => {
  for (const text of [
    nsext('com.apple.widgetkit-extension'),
    nsext('com.apple.networkextension.app-push'),
    nsext('com.apple.networkextension.filter-control'),
    nsext('$(EXTENSION_POINT)'),
    exkit('com.apple.networkextension.url-filter-control'),
    classes('com.apple.networkextension.app-proxy'),
  ]) {
    assert.deepEqual(onlyCode(lint(text, P), N18), [], text);
  }
});
