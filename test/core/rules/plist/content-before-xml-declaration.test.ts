import { test } from 'node:test';
import assert from 'node:assert/strict';
import { applyFix, lint, onlyCode } from '../../../helpers/lint';

const CODE = 'plist/content-before-xml-declaration';
const DOC =
  '<?xml version="1.0" encoding="utf-8"?>\n<plist version="1.0">\n<dict>\n\t<key>A</key>\n\t<string>x</string>\n</dict>\n</plist>\n';
const opts = { path: 'x.mobileconfig' };

test('catalog failing example: a newline before <?xml → warning at those characters, preferred delete', () => {
  const text = `\n${DOC}`;
  const diags = lint(text, opts);
  const [d] = onlyCode(diags, CODE);
  assert.equal(d.severity, 'warning');
  assert.deepEqual([d.start, d.end], [0, 1]);
  assert.equal(d.fixes[0].preferred, true);
  assert.equal(applyFix(text, d), DOC);
  assert.deepEqual(onlyCode(diags, 'plist/xml-not-well-formed'), []);
});

test('passing: declaration first, no declaration, comment after the declaration, BOM (stripped by the editor)', () => {
  for (const text of [
    DOC,
    DOC.replace(/^<\?xml[^>]*>\n/, ''),
    DOC.replace('\n<plist', '\n<!-- c -->\n<plist'),
    `\ufeff${DOC}`,
  ]) {
    assert.deepEqual(onlyCode(lint(text, opts), CODE), [], JSON.stringify(text.slice(0, 20)));
  }
});
