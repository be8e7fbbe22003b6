import { test } from 'node:test';
import assert from 'node:assert/strict';
import { applyFix, lint, onlyCode, rangeText } from '../../../helpers/lint';
import { COMPLETE, NE_DICT, infoPlist } from './plist';

const N11 = 'info-plist/sysext-usage-description-missing';
const N13 = 'info-plist/sysext-usage-description-empty';
const P = { path: 'Info.plist' };
const SYSX = '<key>CFBundlePackageType</key>\n<string>SYSX</string>';

test('N11: complete system-extension plist without the key is an error at the root <dict>', () => {
  const text = infoPlist(`${COMPLETE}\n${SYSX}\n${NE_DICT}`);
  const [d, ...rest] = onlyCode(lint(text, P), N11);
  assert.equal(rest.length, 0);
  assert.equal(d.severity, 'error');
  assert.equal(rangeText(text, d), '<dict>');
  assert.equal(d.start, text.indexOf('<dict>'));
  const fix = d.fixes.find((f) => f.preferred)!;
  assert.equal(fix.snippet, true);
  const fixed = applyFix(text, d);
  assert.ok(
    fixed.includes(
      '\t</dict>\n\t<key>NSSystemExtensionUsageDescription</key>\n\t<string>${1:Explain why the app installs this system extension.}</string>\n</dict>\n</plist>',
    ),
  );
});

test('N11: passing when the key is present', () => {
  const text = infoPlist(
    `${COMPLETE}\n${SYSX}\n${NE_DICT}\n<key>NSSystemExtensionUsageDescription</key>\n<string>Filters network traffic to block malware.</string>`,
  );
  assert.deepEqual(onlyCode(lint(text, P), N11), []);
  assert.deepEqual(onlyCode(lint(text, P), N13), []);
});

test('N11: partial plist gets info only, with a non-preferred fix', () => {
  const text = infoPlist(NE_DICT);
  const [d] = onlyCode(lint(text, P), N11);
  assert.equal(d.severity, 'info');
  assert.ok(d.fixes.every((f) => !f.preferred));
});

test('N11: a build setting INFOPLIST_KEY_ value silences it; generated plist without it is an error', () => {
  const text = infoPlist(NE_DICT);
  const supplied = {
    config: { dir: '/', config: { buildSettings: { INFOPLIST_KEY_NSSystemExtensionUsageDescription: 'Why' } } },
  };
  assert.deepEqual(onlyCode(lint(text, { ...P, ...supplied }), N11), []);
  const generated = { config: { dir: '/', config: { buildSettings: { GENERATE_INFOPLIST_FILE: 'YES' } } } };
  const [d] = onlyCode(lint(text, { ...P, ...generated }), N11);
  assert.equal(d.severity, 'error');
});

test('N11: not on container apps, app extensions or DriverKit extensions', () => {
  const app = infoPlist(`${COMPLETE}\n<key>CFBundlePackageType</key>\n<string>APPL</string>`);
  const appex = infoPlist(
    `${COMPLETE}\n<key>CFBundlePackageType</key>\n<string>XPC!</string>\n<key>NSExtension</key>\n<dict>\n\t<key>NSExtensionPointIdentifier</key>\n\t<string>com.apple.networkextension.packet-tunnel</string>\n\t<key>NSExtensionPrincipalClass</key>\n\t<string>P</string>\n</dict>`,
  );
  const dext = infoPlist(`${COMPLETE}\n<key>CFBundlePackageType</key>\n<string>DEXT</string>`);
  for (const text of [app, appex, dext]) assert.deepEqual(onlyCode(lint(text, P), N11), []);
  // a path inside a .systemextension bundle is a system extension even without content evidence
  const sysexPath = { path: 'A.app/Contents/Library/SystemExtensions/E.systemextension/Contents/Info.plist' };
  assert.equal(onlyCode(lint(infoPlist(COMPLETE), sysexPath), N11).length, 1);
});

test('N13: empty string is a warning at the value element, fix replaces the element', () => {
  const text = infoPlist(
    `${COMPLETE}\n${SYSX}\n${NE_DICT}\n<key>NSSystemExtensionUsageDescription</key>\n<string></string>`,
  );
  const [d] = onlyCode(lint(text, P), N13);
  assert.equal(d.severity, 'warning');
  assert.equal(rangeText(text, d), '<string></string>');
  assert.ok(
    applyFix(text, d).includes(
      '<key>NSSystemExtensionUsageDescription</key>\n\t<string>${1:Explain why the app installs this system extension.}</string>',
    ),
  );
  assert.deepEqual(onlyCode(lint(text, P), N11), []);
});

test('N13: whitespace-only, <string/> and a wrong type fire; a build variable does not', () => {
  const base = `${COMPLETE}\n${SYSX}\n<key>NSSystemExtensionUsageDescription</key>\n`;
  for (const [value, covered] of [
    ['<string>   </string>', '   '],
    ['<string/>', '<string/>'],
    ['<true/>', '<true/>'],
  ]) {
    const text = infoPlist(base + value);
    const [d] = onlyCode(lint(text, P), N13);
    assert.equal(rangeText(text, d), covered, value);
  }
  assert.deepEqual(onlyCode(lint(infoPlist(`${base}<string>$(SYSEX_USAGE)</string>`), P), N13), []);
});

test('N13: an empty supplied INFOPLIST_KEY_ value for a file without the key is reported at the root dict', () => {
  const text = infoPlist(NE_DICT);
  const opts = {
    ...P,
    config: { dir: '/', config: { buildSettings: { INFOPLIST_KEY_NSSystemExtensionUsageDescription: '' } } },
  };
  const [d] = onlyCode(lint(text, opts), N13);
  assert.equal(rangeText(text, d), '<dict>');
  assert.deepEqual(onlyCode(lint(text, opts), N11), []);
});
