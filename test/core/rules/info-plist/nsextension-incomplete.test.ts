import { test } from 'node:test';
import assert from 'node:assert/strict';
import { applyFix, lint, onlyCode, rangeText } from '../../../helpers/lint';
import { COMPLETE, NE_DICT, infoPlist } from './plist';

const N20 = 'info-plist/nsextension-incomplete';
const P = { path: 'Info.plist' };
const XPC = '<key>CFBundlePackageType</key>\n<string>XPC!</string>';

test('N20 (a): XPC! without NSExtension is an error at the root dict; fix inserts the dict', () => {
  const text = infoPlist(`${COMPLETE}\n${XPC}`);
  const [d, ...rest] = onlyCode(lint(text, P), N20);
  assert.equal(rest.length, 0);
  assert.equal(rangeText(text, d), '<dict>');
  assert.equal(d.fixes[0].preferred, true);
  assert.ok(
    applyFix(text, d).endsWith(
      [
        '\t<string>XPC!</string>',
        '\t<key>NSExtension</key>',
        '\t<dict>',
        '\t\t<key>NSExtensionPointIdentifier</key>',
        '\t\t<string>com.apple.networkextension.${1|packet-tunnel,app-proxy,filter-data,filter-control,dns-proxy,app-push,url-filter-control|}</string>',
        '\t\t<key>NSExtensionPrincipalClass</key>',
        '\t\t<string>$(PRODUCT_MODULE_NAME).${2:PacketTunnelProvider}</string>',
        '\t</dict>',
        '</dict>',
        '</plist>',
        '',
      ].join('\n'),
    ),
  );
});

test('N20 (a): also from an .appex path; not for ExtensionKit, system extensions, unknown roles', () => {
  assert.equal(onlyCode(lint(infoPlist(COMPLETE), { path: 'A.app/PlugIns/T.appex/Info.plist' }), N20).length, 1);
  const exkit = `<key>EXAppExtensionAttributes</key>\n<dict>\n\t<key>EXExtensionPointIdentifier</key>\n\t<string>com.apple.networkextension.url-filter-control</string>\n</dict>`;
  for (const text of [
    infoPlist(`${COMPLETE}\n${XPC}\n${exkit}`),
    infoPlist(`${COMPLETE}\n${NE_DICT}`),
    infoPlist(COMPLETE),
  ]) {
    assert.deepEqual(onlyCode(lint(text, P), N20), [], text);
  }
});

test('N20 (d): catalog example — NE point without NSExtensionPrincipalClass, at the NSExtension key', () => {
  const text = infoPlist(
    '<key>NSExtension</key>\n<dict>\n\t<key>NSExtensionPointIdentifier</key>\n\t<string>com.apple.networkextension.packet-tunnel</string>\n</dict>',
  );
  const [d] = onlyCode(lint(text, P), N20);
  assert.equal(d.severity, 'error');
  assert.equal(rangeText(text, d), '<key>NSExtension</key>');
  assert.ok(
    applyFix(text, d).includes(
      '\t\t<string>com.apple.networkextension.packet-tunnel</string>\n\t\t<key>NSExtensionPrincipalClass</key>\n\t\t<string>$(PRODUCT_MODULE_NAME).${1:PacketTunnelProvider}</string>\n\t</dict>',
    ),
  );
  const passing = infoPlist(
    '<key>NSExtension</key>\n<dict>\n\t<key>NSExtensionPointIdentifier</key>\n\t<string>com.apple.networkextension.packet-tunnel</string>\n\t<key>NSExtensionPrincipalClass</key>\n\t<string>$(PRODUCT_MODULE_NAME).PacketTunnelProvider</string>\n</dict>',
  );
  assert.deepEqual(onlyCode(lint(passing, P), N20), []);
});

test('N20 (d): an empty principal class is replaced with the provider default of the point', () => {
  const text = infoPlist(
    '<key>NSExtension</key>\n<dict>\n\t<key>NSExtensionPointIdentifier</key>\n\t<string>com.apple.networkextension.dns-proxy</string>\n\t<key>NSExtensionPrincipalClass</key>\n\t<string></string>\n</dict>',
  );
  const [d] = onlyCode(lint(text, P), N20);
  assert.ok(applyFix(text, d).includes('<string>$(PRODUCT_MODULE_NAME).${1:DNSProxyProvider}</string>'));
});

test('N20 (b)/(c): NSExtension not a dict; no NSExtensionPointIdentifier', () => {
  let text = infoPlist('<key>NSExtension</key>\n<string>x</string>');
  assert.equal(rangeText(text, onlyCode(lint(text, P), N20)[0]), '<key>NSExtension</key>');
  text = infoPlist(
    '<key>NSExtension</key>\n<dict>\n\t<key>NSExtensionPrincipalClass</key>\n\t<string>P</string>\n</dict>',
  );
  const [d] = onlyCode(lint(text, P), N20);
  assert.equal(rangeText(text, d), '<key>NSExtension</key>');
  assert.ok(
    applyFix(text, d).includes(
      '\t\t<key>NSExtensionPointIdentifier</key>\n\t\t<string>com.apple.networkextension.${1|',
    ),
  );
});

test('N20: bare principal classes and non-NE points are fine', () => {
  for (const text of [
    infoPlist(
      '<key>NSExtension</key>\n<dict>\n\t<key>NSExtensionPointIdentifier</key>\n\t<string>com.apple.networkextension.packet-tunnel</string>\n\t<key>NSExtensionPrincipalClass</key>\n\t<string>PacketTunnelProvider</string>\n</dict>',
    ),
    infoPlist(
      '<key>NSExtension</key>\n<dict>\n\t<key>NSExtensionPointIdentifier</key>\n\t<string>com.apple.widgetkit-extension</string>\n</dict>',
    ),
  ]) {
    assert.deepEqual(onlyCode(lint(text, P), N20), []);
  }
});
