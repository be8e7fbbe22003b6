import { test } from 'node:test';
import assert from 'node:assert/strict';
import { applyFix, lint, onlyCode, rangeText } from '../../../helpers/lint';

const CODE = 'plist/duplicate-key';
const wrap = (body: string) =>
  `<?xml version="1.0" encoding="UTF-8"?>\n<plist version="1.0">\n<dict>\n${body}\n</dict>\n</plist>\n`;
const opts = { path: 'Info.plist' };

test('catalog failing example: reported at the later key, related → first, two non-preferred fixes', () => {
  const body =
    '\t<key>NSSystemExtensionUsageDescription</key>\n\t<string>A</string>\n\t<key>NSSystemExtensionUsageDescription</key>\n\t<string>B</string>';
  const text = wrap(body);
  const diags = onlyCode(lint(text, opts), CODE);
  assert.equal(diags.length, 1);
  const d = diags[0];
  assert.equal(d.start, text.lastIndexOf('<key>NSSystemExtensionUsageDescription</key>'));
  assert.equal(rangeText(text, d), '<key>NSSystemExtensionUsageDescription</key>');
  assert.equal(d.related[0].start, text.indexOf('<key>NSSystemExtensionUsageDescription</key>'));
  assert.equal(d.fixes.length, 2);
  assert.ok(d.fixes.every((f) => !f.preferred));
  assert.equal(applyFix(text, d, 0), wrap('\t<key>NSSystemExtensionUsageDescription</key>\n\t<string>A</string>'));
  assert.equal(applyFix(text, d, 1), wrap('\t<key>NSSystemExtensionUsageDescription</key>\n\t<string>B</string>'));
});

test('identical values: one preferred fix removing the later entry', () => {
  const text = wrap('\t<key>A</key>\n\t<string>x</string>\n\t<key>A</key>\n\t<string>x</string>');
  const [d] = onlyCode(lint(text, opts), CODE);
  assert.equal(d.fixes.length, 1);
  assert.equal(d.fixes[0].preferred, true);
  assert.equal(applyFix(text, d), wrap('\t<key>A</key>\n\t<string>x</string>'));
});

test('passing: one entry, same key in different dicts, keys differing in case', () => {
  assert.deepEqual(onlyCode(lint(wrap('\t<key>A</key>\n\t<string>x</string>'), opts), CODE), []);
  assert.deepEqual(
    onlyCode(
      lint(
        wrap(
          '\t<key>a</key>\n\t<dict><key>P</key><string>1</string></dict>\n\t<key>b</key>\n\t<dict><key>P</key><string>1</string></dict>',
        ),
        opts,
      ),
      CODE,
    ),
    [],
  );
  assert.deepEqual(
    onlyCode(lint(wrap('\t<key>A</key>\n\t<string>x</string>\n\t<key>a</key>\n\t<string>x</string>'), opts), CODE),
    [],
  );
});

test('every later occurrence is reported (three copies → two diagnostics)', () => {
  const text = wrap(
    '\t<key>A</key>\n\t<string>1</string>\n\t<key>A</key>\n\t<string>2</string>\n\t<key>A</key>\n\t<string>3</string>',
  );
  assert.equal(onlyCode(lint(text, opts), CODE).length, 2);
});
