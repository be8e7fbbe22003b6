import { test } from 'node:test';
import assert from 'node:assert/strict';
import { applyFix, lint, onlyCode, rangeText } from '../../../helpers/lint';
import { infoPlist } from './plist';

const N21 = 'info-plist/misplaced-key';
const P = { path: 'Info.plist' };

const FAILING = [
  '<key>NSExtension</key>',
  '<dict>',
  '\t<key>NSExtensionPointIdentifier</key><string>com.apple.networkextension.packet-tunnel</string>',
  '\t<key>NSExtensionPrincipalClass</key><string>$(PRODUCT_MODULE_NAME).PacketTunnelProvider</string>',
  '\t<key>NSAppTransportSecurity</key><dict><key>NSAllowsArbitraryLoads</key><true/></dict>',
  '</dict>',
].join('\n');

test('N21: catalog example — ATS inside NSExtension; warning, Unnecessary, moved to the root', () => {
  const text = infoPlist(FAILING);
  const [d, ...rest] = onlyCode(lint(text, P), N21);
  assert.equal(rest.length, 0);
  assert.equal(d.severity, 'warning');
  assert.equal(d.unnecessary, true);
  assert.equal(rangeText(text, d), '<key>NSAppTransportSecurity</key>');
  const fixed = applyFix(text, d);
  assert.equal(
    fixed,
    infoPlist(
      [
        '<key>NSExtension</key>',
        '<dict>',
        '\t<key>NSExtensionPointIdentifier</key><string>com.apple.networkextension.packet-tunnel</string>',
        '\t<key>NSExtensionPrincipalClass</key><string>$(PRODUCT_MODULE_NAME).PacketTunnelProvider</string>',
        '</dict>',
        '<key>NSAppTransportSecurity</key>',
        '<dict><key>NSAllowsArbitraryLoads</key><true/></dict>',
      ].join('\n'),
    ),
  );
  assert.deepEqual(onlyCode(lint(fixed, P), N21), []);
});

test('N21: a multi-line value keeps its shape when moved (CRLF, re-indented)', () => {
  const body = [
    '<key>NSExtension</key>',
    '<dict>',
    '\t<key>NSAppTransportSecurity</key>',
    '\t<dict>',
    '\t\t<key>NSAllowsArbitraryLoads</key>',
    '\t\t<true/>',
    '\t</dict>',
    '</dict>',
  ].join('\n');
  const text = infoPlist(body, '\r\n');
  const [d] = onlyCode(lint(text, P), N21);
  const expected = infoPlist(
    [
      '<key>NSExtension</key>',
      '<dict>',
      '</dict>',
      '<key>NSAppTransportSecurity</key>',
      '<dict>',
      '\t<key>NSAllowsArbitraryLoads</key>',
      '\t<true/>',
      '</dict>',
    ].join('\n'),
    '\r\n',
  );
  assert.equal(applyFix(text, d), expected);
});

test('N21: NEMachServiceName at the root moves into a new NetworkExtension dict', () => {
  const text = infoPlist(
    '<key>NEMachServiceName</key>\n<string>$(TeamIdentifierPrefix)a.b</string>\n<key>CFBundleName</key>\n<string>E</string>',
  );
  const [d] = onlyCode(lint(text, P), N21);
  assert.equal(rangeText(text, d), '<key>NEMachServiceName</key>');
  assert.equal(
    applyFix(text, d),
    infoPlist(
      '<key>CFBundleName</key>\n<string>E</string>\n<key>NetworkExtension</key>\n<dict>\n\t<key>NEMachServiceName</key>\n\t<string>$(TeamIdentifierPrefix)a.b</string>\n</dict>',
    ),
  );
});

test('N21: NSExtensionPrincipalClass inside NetworkExtension moves into the existing NSExtension', () => {
  const text = infoPlist(
    '<key>NSExtension</key>\n<dict>\n\t<key>NSExtensionPointIdentifier</key>\n\t<string>com.apple.networkextension.packet-tunnel</string>\n</dict>\n<key>NetworkExtension</key>\n<dict>\n\t<key>NSExtensionPrincipalClass</key>\n\t<string>P</string>\n</dict>',
  );
  const [d] = onlyCode(lint(text, P), N21);
  assert.equal(
    applyFix(text, d),
    infoPlist(
      '<key>NSExtension</key>\n<dict>\n\t<key>NSExtensionPointIdentifier</key>\n\t<string>com.apple.networkextension.packet-tunnel</string>\n\t<key>NSExtensionPrincipalClass</key>\n\t<string>P</string>\n</dict>\n<key>NetworkExtension</key>\n<dict>\n</dict>',
    ),
  );
});

test('N21: when the destination already has the key, the fix removes the misplaced copy', () => {
  const text = infoPlist(
    '<key>CFBundleName</key>\n<string>E</string>\n<key>NSExtension</key>\n<dict>\n\t<key>CFBundleName</key>\n\t<string>F</string>\n</dict>',
  );
  const [d] = onlyCode(lint(text, P), N21);
  assert.equal(d.related.length, 1);
  assert.equal(rangeText(text, d.related[0]), '<key>CFBundleName</key>');
  assert.equal(d.related[0].start, text.indexOf('<key>CFBundleName</key>'));
  assert.equal(
    applyFix(text, d),
    infoPlist('<key>CFBundleName</key>\n<string>E</string>\n<key>NSExtension</key>\n<dict>\n</dict>'),
  );
});

test('N21: silent on custom keys, deeper keys, top-level ATS', () => {
  const text = infoPlist(
    [
      '<key>NSAppTransportSecurity</key>',
      '<dict/>',
      '<key>NetworkExtension</key>',
      '<dict>',
      '\t<key>MAIN_BUNDLE_IDENTIFIER</key>',
      '\t<string>x</string>',
      '</dict>',
      '<key>NSExtension</key>',
      '<dict>',
      '\t<key>NSExtensionAttributes</key>',
      '\t<dict>',
      '\t\t<key>CFBundleName</key>',
      '\t\t<string>x</string>',
      '\t</dict>',
      '\t<key>com.wireguard.ios.app_group_id</key>',
      '\t<string>group.x</string>',
      '</dict>',
    ].join('\n'),
  );
  assert.deepEqual(onlyCode(lint(text, P), N21), []);
});
