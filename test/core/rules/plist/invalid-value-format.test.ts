import { test } from 'node:test';
import assert from 'node:assert/strict';
import { applyFix, lint, onlyCode, rangeText } from '../../../helpers/lint';

const CODE = 'plist/invalid-value-format';
const wrap = (body: string) =>
  `<?xml version="1.0" encoding="UTF-8"?>\n<plist version="1.0">\n<dict>\n${body}\n</dict>\n</plist>\n`;
const opts = { path: 'x.plist' };

function found(body: string) {
  const text = wrap(body);
  return { text, diags: onlyCode(lint(text, opts), CODE) };
}

test('catalog failing examples fire at the element', () => {
  for (const bad of ['<integer></integer>', '<data>not base64!</data>', '<date>2025-01-01</date>']) {
    const { text, diags } = found(`\t<key>K</key>\n\t${bad}`);
    assert.equal(diags.length, 1, bad);
    assert.equal(diags[0].severity, 'error');
    assert.equal(rangeText(text, diags[0]), bad);
  }
});

test('catalog passing examples and guards stay silent', () => {
  for (const ok of [
    '<integer>8080</integer>',
    '<integer>0x1F</integer>',
    '<integer>-9223372036854775808</integer>',
    '<data>TUlJQg==</data>',
    '<data>\n\t\tTUlJ\n\t\tQg==\n\t</data>',
    '<date>2025-01-01T00:00:00Z</date>',
    '<real>1.5</real>',
    '<true />',
    '<false/>',
    '<integer>$(PORT)</integer>',
    '<date>@BUILD_DATE@</date>',
  ]) {
    assert.deepEqual(found(`\t<key>K</key>\n\t${ok}`).diags, [], ok);
  }
});

test('more failing values: 64-bit overflow, bad real, invalid calendar date, content in <true>', () => {
  for (const bad of [
    '<integer>18446744073709551616</integer>',
    '<integer>1.5</integer>',
    '<real>abc</real>',
    '<date>2025-02-30T00:00:00Z</date>',
    '<true>yes</true>',
  ]) {
    assert.equal(found(`\t<key>K</key>\n\t${bad}`).diags.length, 1, bad);
  }
});

test('fixes: decimal integer → <real> (preferred)', () => {
  const { text, diags } = found('\t<key>K</key>\n\t<integer>1.5</integer>');
  assert.equal(diags[0].fixes[0].preferred, true);
  assert.equal(applyFix(text, diags[0]), wrap('\t<key>K</key>\n\t<real>1.5</real>'));
});

test('fixes: non-numeric integer → <string> (not preferred)', () => {
  const { text, diags } = found('\t<key>K</key>\n\t<integer>abc</integer>');
  assert.equal(diags[0].fixes.length, 1);
  assert.notEqual(diags[0].fixes[0].preferred, true);
  assert.equal(applyFix(text, diags[0]), wrap('\t<key>K</key>\n\t<string>abc</string>'));
});

test('fixes: empty integer → 0 or remove the entry, neither preferred', () => {
  const { text, diags } = found(
    '\t<key>A</key>\n\t<string>x</string>\n\t<key>WebSocketPort</key>\n\t<integer></integer>',
  );
  assert.equal(diags[0].fixes.length, 2);
  assert.ok(diags[0].fixes.every((f) => !f.preferred));
  assert.equal(
    applyFix(text, diags[0], 0),
    wrap('\t<key>A</key>\n\t<string>x</string>\n\t<key>WebSocketPort</key>\n\t<integer>0</integer>'),
  );
  assert.equal(applyFix(text, diags[0], 1), wrap('\t<key>A</key>\n\t<string>x</string>'));
});

test('fixes: other ISO 8601 forms → YYYY-MM-DDTHH:MM:SSZ (preferred)', () => {
  const { text, diags } = found('\t<key>D</key>\n\t<date>2025-01-01T10:00:00+02:00</date>');
  assert.equal(diags[0].fixes[0].preferred, true);
  assert.equal(applyFix(text, diags[0]), wrap('\t<key>D</key>\n\t<date>2025-01-01T08:00:00Z</date>'));
});

test('fixes: PEM text in <data> → base64-encode (not preferred)', () => {
  const pem = '-----BEGIN CERTIFICATE-----\nMIIB\n-----END CERTIFICATE-----';
  const { text, diags } = found(`\t<key>C</key>\n\t<data>${pem}</data>`);
  assert.notEqual(diags[0].fixes[0].preferred, true);
  const b64 = Buffer.from(pem).toString('base64');
  assert.equal(applyFix(text, diags[0]), wrap(`\t<key>C</key>\n\t<data>${b64}</data>`));
});

test('fixes: content in a boolean → empty element in the file style (preferred)', () => {
  const { text, diags } = found('\t<key>A</key>\n\t<true />\n\t<key>B</key>\n\t<false>no</false>');
  assert.equal(diags.length, 1);
  assert.equal(diags[0].fixes[0].preferred, true);
  assert.equal(applyFix(text, diags[0]), wrap('\t<key>A</key>\n\t<true />\n\t<key>B</key>\n\t<false />'));
});
