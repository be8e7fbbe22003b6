/** Quick fixes keep the file's line endings and indentation unit (catalog §1.13). */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { applyFix, lintProfile, onlyCode, stubUuids } from './profileTestKit';

stubUuids();

const TWO_SPACE_CRLF = [
  '<?xml version="1.0" encoding="UTF-8"?>',
  '<plist version="1.0">',
  '<dict>',
  '  <key>PayloadContent</key>',
  '  <array>',
  '    <dict>',
  '      <key>PayloadIdentifier</key>',
  '      <string>com.example.p.filter</string>',
  '      <key>PayloadType</key>',
  '      <string>com.apple.webcontent-filter</string>',
  '      <key>PayloadUUID</key>',
  '      <string>B0000000-0000-4000-8000-0000000000AA</string>',
  '      <key>PermittedURLs</key>',
  '      <string>https://example.com</string>',
  '    </dict>',
  '  </array>',
  '  <key>PayloadIdentifier</key>',
  '  <string>com.example.p</string>',
  '  <key>PayloadType</key>',
  '  <string>Configuration</string>',
  '  <key>PayloadUUID</key>',
  '  <string>B0000000-0000-4000-8000-0000000000BB</string>',
  '  <key>PayloadVersion</key>',
  '  <integer>1</integer>',
  '</dict>',
  '</plist>',
  '',
].join('\r\n');

test('CRLF + 2 spaces: inserting PayloadVersion keeps both', () => {
  const d = onlyCode(lintProfile(TWO_SPACE_CRLF), 'profile/envelope-key-missing');
  assert.equal(d.length, 1);
  const out = applyFix(TWO_SPACE_CRLF, d[0]);
  assert.equal(
    out,
    TWO_SPACE_CRLF.replace(
      '<string>https://example.com</string>\r\n',
      '<string>https://example.com</string>\r\n      <key>PayloadVersion</key>\r\n      <integer>1</integer>\r\n',
    ),
  );
});

test('CRLF + 2 spaces: wrapping a single value into an array', () => {
  const d = onlyCode(lintProfile(TWO_SPACE_CRLF), 'profile/value-type-mismatch');
  assert.equal(d.length, 1);
  assert.equal(
    applyFix(TWO_SPACE_CRLF, d[0]),
    TWO_SPACE_CRLF.replace(
      '      <string>https://example.com</string>',
      '      <array>\r\n        <string>https://example.com</string>\r\n      </array>',
    ),
  );
});

test('wrapping a bare payload without identifier is a snippet that escapes $ in the payload text', () => {
  const text = [
    '<plist version="1.0">',
    '<dict>',
    '  <key>PayloadType</key>',
    '  <string>com.apple.dnsProxy.managed</string>',
    '  <key>AppBundleIdentifier</key>',
    '  <string>$(APP_ID)</string>',
    '</dict>',
    '</plist>',
  ].join('\r\n');
  const d = onlyCode(lintProfile(text), 'profile/top-level-payload-type');
  const fix = d[0].fixes[0];
  assert.equal(fix.snippet, true);
  const newText = fix.edits[0].newText;
  assert.ok(newText.includes('<string>\\$(APP_ID)</string>'));
  assert.ok(newText.includes('<string>${1:com.example.profile}</string>'));
  assert.ok(newText.includes('\r\n      <key>AppBundleIdentifier</key>\r\n'));
  assert.ok(!/[^\r]\n/.test(newText), 'CRLF only');
});

test('minified one-line profile: fixes stay on one line', () => {
  const text =
    '<plist version="1.0"><dict><key>PayloadContent</key><array><dict><key>PayloadIdentifier</key><string>a.b</string><key>PayloadType</key><string>com.apple.security.root</string><key>PayloadUUID</key><string>B0000000-0000-4000-8000-0000000000CC</string></dict></array><key>PayloadIdentifier</key><string>a</string><key>PayloadType</key><string>Configuration</string><key>PayloadUUID</key><string>B0000000-0000-4000-8000-0000000000DD</string><key>PayloadVersion</key><integer>1</integer></dict></plist>';
  const d = onlyCode(lintProfile(text), 'profile/envelope-key-missing');
  const out = applyFix(text, d[0]);
  assert.equal(
    out,
    text.replace('0CC</string></dict>', '0CC</string><key>PayloadVersion</key><integer>1</integer></dict>'),
  );
});
