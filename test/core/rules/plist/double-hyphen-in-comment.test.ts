import { test } from 'node:test';
import assert from 'node:assert/strict';
import { applyFix, fixAllPreferred, lint, onlyCode, rangeText } from '../../../helpers/lint';

const CODE = 'plist/double-hyphen-in-comment';
const wrap = (body: string) =>
  `<?xml version="1.0" encoding="UTF-8"?>\n<plist version="1.0">\n<dict>\n${body}\n</dict>\n</plist>\n`;
const opts = { path: 'x.mobileconfig' };

test('catalog failing example: warning over the whole comment; semantic rules keep running', () => {
  const text = wrap('\t<!------ Profile metadata ------>\n\t<key>A</key>\n\t<string>x</string>');
  const diags = lint(text, opts);
  const [d] = onlyCode(diags, CODE);
  assert.equal(d.severity, 'warning');
  assert.equal(rangeText(text, d), '<!------ Profile metadata ------>');
  assert.deepEqual(onlyCode(diags, 'plist/xml-not-well-formed'), []);
});

test('preferred fix: runs of - become = ; second fix deletes the comment line', () => {
  const text = wrap('\t<!------ Profile metadata ------>\n\t<key>A</key>\n\t<string>x</string>');
  const [d] = onlyCode(lint(text, opts), CODE);
  assert.equal(d.fixes[0].preferred, true);
  assert.equal(applyFix(text, d), wrap('\t<!--==== Profile metadata ====-->\n\t<key>A</key>\n\t<string>x</string>'));
  assert.equal(applyFix(text, d, 1), wrap('\t<key>A</key>\n\t<string>x</string>'));
});

test('a comment ending with ---> : body must not end with -', () => {
  const text = wrap('\t<!-- note --->');
  const [d] = onlyCode(lint(text, opts), CODE);
  assert.equal(applyFix(text, d), wrap('\t<!-- note =-->'));
});

test('fix-all rewrites every comment', () => {
  const text = wrap('\t<!-- a -- b -->\n\t<!------>\n\t<key>A</key>\n\t<string>x</string>');
  assert.equal(
    fixAllPreferred(text, { path: 'x.plist' }),
    wrap('\t<!-- a == b -->\n\t<!--==-->\n\t<key>A</key>\n\t<string>x</string>'),
  );
});

test('passing: normal comments, comments inside arrays', () => {
  const text = wrap(
    '\t<!-- ===== Profile metadata ===== -->\n\t<key>A</key>\n\t<array>\n\t\t<!-- x - y -->\n\t\t<string>x</string>\n\t</array>',
  );
  assert.deepEqual(onlyCode(lint(text, opts), CODE), []);
});
