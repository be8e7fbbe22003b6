import { test } from 'node:test';
import assert from 'node:assert/strict';
import { applyFix, lint, onlyCode, rangeText } from '../../../helpers/lint';

const CODE = 'plist/invalid-structure';
const wrap = (body: string) =>
  `<?xml version="1.0" encoding="UTF-8"?>\n<plist version="1.0">\n<dict>\n${body}\n</dict>\n</plist>\n`;
const opts = { path: 'x.mobileconfig' };

test('catalog failing example: <boolean>true</boolean> → preferred <true/> (file style kept)', () => {
  const text = wrap('\t<key>OnDemandEnabled</key>\n\t<boolean>true</boolean>\n\t<key>B</key>\n\t<false />');
  const [d] = onlyCode(lint(text, opts), CODE);
  assert.equal(d.severity, 'error');
  assert.equal(rangeText(text, d), '<boolean>true</boolean>');
  assert.equal(d.fixes[0].preferred, true);
  assert.equal(applyFix(text, d), wrap('\t<key>OnDemandEnabled</key>\n\t<true />\n\t<key>B</key>\n\t<false />'));
  const no = wrap('\t<key>A</key>\n\t<bool>NO</bool>');
  assert.equal(applyFix(no, onlyCode(lint(no, opts), CODE)[0]), wrap('\t<key>A</key>\n\t<false/>'));
});

test('catalog failing example: key without value → "Remove the key" (not preferred)', () => {
  const text = wrap('\t<key>A</key>\n\t<key>B</key>\n\t<string>x</string>');
  const [d] = onlyCode(lint(text, opts), CODE);
  assert.equal(rangeText(text, d), '<key>A</key>');
  assert.notEqual(d.fixes[0].preferred, true);
  assert.equal(applyFix(text, d), wrap('\t<key>B</key>\n\t<string>x</string>'));
});

test('catalog passing examples and guards', () => {
  for (const text of [
    wrap('\t<key>OnDemandEnabled</key>\n\t<integer>1</integer>'),
    wrap('\t<key>B</key>\n\t<string>x</string>'),
    wrap('\t<key>B</key>\n\t<!-- between -->\n\t<string/>\n\t<key>C</key>\n\t<dict/>\n\t<key>D</key>\n\t<array/>'),
    '<plist version="1" xmlns:x="y"><dict/></plist>',
  ]) {
    assert.deepEqual(onlyCode(lint(text, opts), CODE), [], text);
  }
});

test('<int>/<number> → <integer>, <float>/<double> → <real>', () => {
  const text = wrap('\t<key>A</key>\n\t<int>3</int>');
  assert.equal(applyFix(text, onlyCode(lint(text, opts), CODE)[0]), wrap('\t<key>A</key>\n\t<integer>3</integer>'));
  const f = wrap('\t<key>A</key>\n\t<double>1.5</double>');
  assert.equal(applyFix(f, onlyCode(lint(f, opts), CODE)[0]), wrap('\t<key>A</key>\n\t<real>1.5</real>'));
});

test('value without key → "Insert a key" snippet', () => {
  const text = wrap('\t<string>x</string>');
  const [d] = onlyCode(lint(text, opts), CODE);
  assert.equal(d.fixes[0].snippet, true);
  assert.equal(applyFix(text, d), wrap('\t<key>${1:Key}</key>\n\t<string>x</string>'));
});

test('root that is not a dict in an entitlements file; missing <plist> wrapper is a warning', () => {
  const arr = '<?xml version="1.0"?>\n<plist version="1.0">\n<array/>\n</plist>\n';
  const [d] = onlyCode(lint(arr, { path: 'App.entitlements' }), CODE);
  assert.equal(rangeText(arr, d), '<array/>');
  assert.deepEqual(onlyCode(lint(arr, { path: 'generic.plist' }), CODE), []);
  const bare = '<dict>\n\t<key>A</key>\n\t<string>x</string>\n</dict>\n';
  const [w] = onlyCode(lint(bare, { path: 'x.plist' }), CODE);
  assert.equal(w.severity, 'warning');
  assert.equal(rangeText(bare, w), '<dict>');
});

test('<plist> with zero or two values, <key> in an array, element inside <string>', () => {
  const cases: [string, string][] = [
    ['<plist version="1.0"></plist>', '<plist version="1.0">'],
    ['<plist version="1.0"><dict/><dict/></plist>', '<dict/>'],
    ['<plist><array><key>a</key></array></plist>', '<key>a</key>'],
    ['<plist><dict><key>a</key><string>x<b/></string></dict></plist>', '<b/>'],
  ];
  for (const [text, expected] of cases) {
    assert.deepEqual(
      onlyCode(lint(text, { path: 'x.plist' }), CODE).map((d) => rangeText(text, d)),
      [expected],
      text,
    );
  }
});
