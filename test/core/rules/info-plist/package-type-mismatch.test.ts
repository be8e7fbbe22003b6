import { test } from 'node:test';
import assert from 'node:assert/strict';
import { applyFix, lint, onlyCode, rangeText } from '../../../helpers/lint';
import { COMPLETE, NE_DICT, infoPlist } from './plist';

const N15 = 'info-plist/package-type-mismatch';
const P = { path: 'Info.plist' };
const type = (v: string) => `<key>CFBundlePackageType</key>\n<string>${v}</string>`;
const NSEXT =
  '<key>NSExtension</key>\n<dict>\n\t<key>NSExtensionPointIdentifier</key>\n\t<string>com.apple.networkextension.packet-tunnel</string>\n\t<key>NSExtensionPrincipalClass</key>\n\t<string>$(PRODUCT_MODULE_NAME).PacketTunnelProvider</string>\n</dict>';

test('N15 (a): XPC! with a NetworkExtension dict is an error at the value; fixes SYSX (preferred) and the variable', () => {
  const text = infoPlist(`${COMPLETE}\n${type('XPC!')}\n${NE_DICT}`);
  const [d, ...rest] = onlyCode(lint(text, P), N15);
  assert.equal(rest.length, 0);
  assert.equal(d.severity, 'error');
  assert.equal(rangeText(text, d), 'XPC!');
  assert.ok(applyFix(text, d).includes('<string>SYSX</string>'));
  assert.ok(applyFix(text, d, 1).includes('<string>$(PRODUCT_BUNDLE_PACKAGE_TYPE)</string>'));
  assert.equal(d.fixes[1].preferred, undefined);
});

test('N15 (b): SYSX with an NSExtension dict is an error; fix XPC!', () => {
  const text = infoPlist(`${COMPLETE}\n${type('SYSX')}\n${NSEXT}`);
  const [d] = onlyCode(lint(text, P), N15);
  assert.equal(d.severity, 'error');
  assert.equal(rangeText(text, d), 'SYSX');
  assert.ok(applyFix(text, d).includes('<string>XPC!</string>'));
});

test('N15 (a) via bundle path and (b) via .appex path', () => {
  const sysex = 'X.app/Contents/Library/SystemExtensions/Y.systemextension/Contents/Info.plist';
  assert.equal(onlyCode(lint(infoPlist(`${COMPLETE}\n${type('APPL')}`), { path: sysex }), N15).length, 1);
  const appex = 'X.app/PlugIns/Y.appex/Info.plist';
  assert.equal(onlyCode(lint(infoPlist(`${COMPLETE}\n${type('APPL')}`), { path: appex }), N15).length, 1);
});

test('N15 (c): complete extension plist without the key is a warning at the root dict; fix inserts the variable', () => {
  const text = infoPlist(`${COMPLETE}\n${NE_DICT}`);
  const [d] = onlyCode(lint(text, P), N15);
  assert.equal(d.severity, 'warning');
  assert.equal(rangeText(text, d), '<dict>');
  assert.ok(
    applyFix(text, d).endsWith(
      '\t</dict>\n\t<key>CFBundlePackageType</key>\n\t<string>$(PRODUCT_BUNDLE_PACKAGE_TYPE)</string>\n</dict>\n</plist>\n',
    ),
  );
});

test('N15 (d): NetworkExtension and NSExtension together is a warning at the later key', () => {
  const text = infoPlist(`${COMPLETE}\n${type('SYSX')}\n${NE_DICT}\n${NSEXT}`);
  const diags = onlyCode(lint(text, P), N15);
  assert.equal(diags.length, 1);
  assert.equal(diags[0].severity, 'warning');
  assert.equal(diags[0].start, text.indexOf('<key>NSExtension</key>'));
  assert.equal(rangeText(text, diags[0]), '<key>NSExtension</key>');
});

test('N15: silent on variables, partial plists without the key, SYSX sysex, XPC! appex', () => {
  for (const text of [
    infoPlist(`${COMPLETE}\n${type('$(PRODUCT_BUNDLE_PACKAGE_TYPE)')}\n${NE_DICT}`),
    infoPlist(NE_DICT),
    infoPlist(NSEXT),
    infoPlist(`${COMPLETE}\n${type('SYSX')}\n${NE_DICT}`),
    infoPlist(`${COMPLETE}\n${type('XPC!')}\n${NSEXT}`),
    infoPlist(`${COMPLETE}\n${type('APPL')}`),
  ]) {
    assert.deepEqual(onlyCode(lint(text, P), N15), [], text);
  }
});

test('N15: an explicit role directive decides (lokinet-style SYSX plist built as an app extension)', () => {
  const text = infoPlist(`<!-- nelint: role=app-extension -->\n${COMPLETE}\n${type('SYSX')}\n${NE_DICT}`);
  const [d] = onlyCode(lint(text, P), N15);
  assert.equal(rangeText(text, d), 'SYSX');
  assert.ok(applyFix(text, d).includes('<string>XPC!</string>'));
});
