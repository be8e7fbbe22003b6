import { test } from 'node:test';
import assert from 'node:assert/strict';
import { applyFix, codes, lint, onlyCode, rangeText } from '../../../helpers/lint';

const CODE = 'plist/xml-not-well-formed';
const HEAD =
  '<?xml version="1.0" encoding="UTF-8"?>\n<!DOCTYPE plist PUBLIC "-//Apple//DTD PLIST 1.0//EN" "http://www.apple.com/DTDs/PropertyList-1.0.dtd">\n';
const wrap = (body: string) => `${HEAD}<plist version="1.0">\n<dict>\n${body}\n</dict>\n</plist>\n`;
const opts = { path: 'x.mobileconfig' };

test('catalog failing example: unescaped & → preferred &amp; fix', () => {
  const text = wrap('\t<key>URL</key>\n\t<string>https://example.com/?a=1&b=2</string>');
  const [d] = onlyCode(lint(text, opts), CODE);
  assert.equal(d.severity, 'error');
  assert.equal(rangeText(text, d), '&');
  assert.equal(d.fixes[0].preferred, true);
  assert.equal(applyFix(text, d), wrap('\t<key>URL</key>\n\t<string>https://example.com/?a=1&amp;b=2</string>'));
});

test('catalog passing example and tolerated forms', () => {
  for (const text of [
    wrap('\t<key>URL</key>\n\t<string>https://example.com/?a=1&amp;b=2</string>'),
    '<plist version="1"><dict><key>a</key><string>x ></string></dict></plist>',
    '<?xml version="1.0" encoding="utf-8"?>\r\n<!DOCTYPE plist PUBLIC "-//Apple Inc//DTD PLIST 1.0//EN" "http://www.apple.com/DTDs/PropertyList-1.0.dtd">\r\n<plist version="1.0"><dict><key>a</key><array><!-- c --><true /></array></dict></plist>',
  ]) {
    assert.deepEqual(onlyCode(lint(text, opts), CODE), [], text);
  }
});

test('unescaped < → &lt; (not preferred)', () => {
  const text = wrap('\t<key>A</key>\n\t<string>a < b</string>');
  const [d] = onlyCode(lint(text, opts), CODE);
  assert.notEqual(d.fixes[0].preferred, true);
  assert.equal(applyFix(text, d), wrap('\t<key>A</key>\n\t<string>a &lt; b</string>'));
});

test('mismatched end tag → rename it', () => {
  const text = wrap('\t<key>A</key>\n\t<string>x</strng>');
  const [d] = onlyCode(lint(text, opts), CODE);
  assert.equal(rangeText(text, d), '</strng>');
  assert.equal(applyFix(text, d), wrap('\t<key>A</key>\n\t<string>x</string>'));
});

test('an end tag of an enclosing element → insert the missing end tag', () => {
  const text = wrap('\t<key>A</key>\n\t<string>x\n\t<key>B</key>\n\t<true/>');
  const diags = onlyCode(lint(text, opts), CODE);
  assert.equal(diags.length, 1);
  assert.equal(rangeText(text, diags[0]), '</dict>');
  const fixed = applyFix(text, diags[0]);
  assert.equal(fixed, text.replace('</dict>', '</string></dict>'));
  assert.deepEqual(onlyCode(lint(fixed, opts), CODE), []);
});

test('malformed DOCTYPE (Q-U51) → preferred replacement with Apple DOCTYPE', () => {
  const bad =
    '<!DOCTYPE plist PUBLIC "-//Apple Inc//DTD PLIST 1.0//EN" http://www.apple.com/DTDs/PropertyList-1.0.dtd>';
  const good = '<!DOCTYPE plist PUBLIC "-//Apple//DTD PLIST 1.0//EN" "http://www.apple.com/DTDs/PropertyList-1.0.dtd">';
  const text = `<?xml version="1.0" encoding="UTF-8"?>\n${bad}\n<plist version="1.0"><dict/></plist>\n`;
  const [d] = onlyCode(lint(text, opts), CODE);
  assert.equal(rangeText(text, d), bad);
  assert.equal(d.fixes[0].preferred, true);
  assert.equal(applyFix(text, d), text.replace(bad, good));
});

test('unclosed tags: zero-width at EOF with related → open tag; non-plist rules stop', () => {
  const text = `${HEAD}<plist version="1.0">\n<dict>\n\t<key>PayloadType</key>\n\t<string>Configuration</string>\n`;
  const diags = lint(text, opts);
  const [d] = onlyCode(diags, CODE);
  assert.deepEqual([d.start, d.end], [text.length, text.length]);
  assert.ok(d.related.some((r) => text.slice(r.start, r.end) === '<dict>'));
  assert.ok(codes(diags).every((c) => c.startsWith('plist/')));
});

test('undefined entity, internal entity, invalid character, text after root, unquoted attribute', () => {
  const cases: [string, string][] = [
    ['<plist><string>&nbsp;</string></plist>', '&nbsp;'],
    ['<!DOCTYPE plist [<!ENTITY e "x">]><plist><string>&e;</string></plist>', '&e;'],
    ['<plist><string>a\u0007</string></plist>', '\u0007'],
    ['<plist><dict/></plist>trailing', 'trailing'],
    ['<plist version=1.0><dict/></plist>', '1.0'],
  ];
  for (const [text, expected] of cases) {
    const diags = onlyCode(lint(text, opts), CODE);
    assert.deepEqual(
      diags.map((d) => rangeText(text, d)),
      [expected],
      text,
    );
  }
});

test('LSP ranges count UTF-16 units: CRLF lines, astral characters before the error', () => {
  const text =
    '<?xml version="1.0"?>\r\n<plist version="1.0">\r\n<dict>\r\n\t<key>😀</key>\r\n\t<string>😀 & x</string>\r\n</dict>\r\n</plist>\r\n';
  const [d] = onlyCode(lint(text, opts), CODE);
  assert.deepEqual(d.range, { start: { line: 4, character: 12 }, end: { line: 4, character: 13 } });
});
