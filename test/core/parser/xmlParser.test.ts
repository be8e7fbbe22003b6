import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseXml } from '../../../server/src/core/parser/xmlParser';
import type { XmlElement } from '../../../server/src/core/model/xml';

const N28 = 'plist/xml-not-well-formed';

function kinds(text: string): string[] {
  return parseXml(text).issues.map((i) => `${i.code}:${String(i.data?.kind)}`);
}

function at(text: string, i: { start: number; end: number }): string {
  return text.slice(i.start, i.end);
}

const HEAD = `<?xml version="1.0" encoding="UTF-8"?>\n<!DOCTYPE plist PUBLIC "-//Apple//DTD PLIST 1.0//EN" "http://www.apple.com/DTDs/PropertyList-1.0.dtd">\n`;

test('well-formed plist: declaration, doctype, spans, no issues', () => {
  const text = `${HEAD}<plist version="1.0">\n<dict>\n\t<key>A</key>\n\t<true />\n\t<string/>\n</dict>\n</plist>\n`;
  const doc = parseXml(text);
  assert.deepEqual(doc.issues, []);
  assert.equal(doc.declaration?.version, '1.0');
  assert.equal(doc.declaration?.encoding, 'UTF-8');
  assert.equal(doc.doctype?.publicId, '-//Apple//DTD PLIST 1.0//EN');
  assert.equal(doc.doctype?.systemId, 'http://www.apple.com/DTDs/PropertyList-1.0.dtd');
  const root = doc.root!;
  assert.equal(root.name, 'plist');
  assert.deepEqual(
    root.attributes.map((a) => [a.name, a.value, a.quoted]),
    [['version', '1.0', true]],
  );
  assert.equal(at(text, root), text.slice(text.indexOf('<plist'), text.lastIndexOf('>') + 1));
  const dict = root.children.find((c): c is XmlElement => c.type === 'element')!;
  const els = dict.children.filter((c): c is XmlElement => c.type === 'element');
  assert.deepEqual(
    els.map((e) => [e.name, e.selfClosing, at(text, e)]),
    [
      ['key', false, '<key>A</key>'],
      ['true', true, '<true />'],
      ['string', true, '<string/>'],
    ],
  );
  assert.equal(at(text, els[0].close!), '</key>');
});

test('tolerated: lower-case utf-8, -//Apple Inc//DTD, plist version="1", missing declaration/doctype, stray > in text', () => {
  assert.deepEqual(kinds('<?xml version="1.0" encoding="utf-8"?><plist version="1"><dict/></plist>'), []);
  assert.deepEqual(
    kinds(
      '<!DOCTYPE plist PUBLIC "-//Apple Inc//DTD PLIST 1.0//EN" "http://www.apple.com/DTDs/PropertyList-1.0.dtd"><plist><dict/></plist>',
    ),
    [],
  );
  assert.deepEqual(kinds('<plist><string>${ZEEK_AGENT_VERSION}></string></plist>'), []);
  assert.deepEqual(kinds('<plist><string>&#x0020;&#32;&amp;&lt;&gt;&quot;&apos;</string></plist>'), []);
  assert.deepEqual(kinds('<plist><array><!-- c --><string>a</string><!-- d --></array></plist>'), []);
  assert.deepEqual(kinds('<plist><string><![CDATA[a < b & c]]></string></plist>'), []);
});

test('CRLF and minified one-line files parse without issues', () => {
  assert.deepEqual(
    kinds(
      `${HEAD.replace(/\n/g, '\r\n')}<plist version="1.0">\r\n<dict>\r\n\t<key>a</key>\r\n\t<integer>1</integer>\r\n</dict>\r\n</plist>`,
    ),
    [],
  );
  assert.deepEqual(
    kinds(
      '<?xml version="1.0"?><plist version="1.0"><dict><key>a</key><array><string>x</string></array></dict></plist>',
    ),
    [],
  );
});

test('unescaped & and < in text are reported at the character', () => {
  const text = '<plist><string>a=1&b=2 x < y</string></plist>';
  const issues = parseXml(text).issues;
  assert.deepEqual(
    issues.map((i) => [i.code, i.data?.kind, i.start, i.end]),
    [
      [N28, 'unescaped-amp', text.indexOf('&'), text.indexOf('&') + 1],
      [N28, 'unescaped-lt', text.indexOf('< y'), text.indexOf('< y') + 1],
    ],
  );
});

test('unclosed element: zero-width at EOF with related → open tag', () => {
  const text = '<plist><dict><key>a</key><string>x</string>';
  const [issue] = parseXml(text).issues;
  assert.equal(issue.data?.kind, 'unclosed-element');
  assert.deepEqual([issue.start, issue.end], [text.length, text.length]);
  assert.equal(at(text, issue.related![0]), '<dict>');
  assert.equal(at(text, issue.related![1]), '<plist>');
});

test('mismatched end tag: reported at the end tag, name span for the rename fix', () => {
  const text = '<plist><string>abc</strin></plist>';
  const doc = parseXml(text);
  assert.equal(doc.issues.length, 1);
  const i = doc.issues[0];
  assert.equal(i.data?.kind, 'mismatched-end-tag');
  assert.equal(at(text, i), '</strin>');
  assert.equal(text.slice(i.data!.nameStart as number, i.data!.nameEnd as number), 'strin');
  assert.equal(i.data?.expected, 'string');
});

test('end tag of an ancestor closes the inner elements (one issue, recovery continues)', () => {
  const text = '<plist><dict><key>a</key><string>x</dict><key>b</key></plist>';
  const doc = parseXml(text);
  assert.deepEqual(
    doc.issues.map((i) => [i.data?.kind, at(text, i)]),
    [['mismatched-end-tag', '</dict>']],
  );
});

test('text and elements after the root, invalid characters, unquoted attribute', () => {
  const text = '<plist version=1.0><dict/></plist>junk<x/>';
  const issues = parseXml(text).issues;
  assert.deepEqual(
    issues.map((i) => [i.data?.kind, at(text, i)]),
    [
      ['unquoted-attribute', '1.0'],
      ['text-after-root', 'junk'],
      ['element-after-root', '<x/>'],
    ],
  );
  const bad = '<plist><string>a\u0001b</string></plist>';
  assert.deepEqual(
    parseXml(bad).issues.map((i) => [i.data?.kind, i.start]),
    [['invalid-char', bad.indexOf('\u0001')]],
  );
});

test('malformed DOCTYPE (unquoted system literal) is one issue over the DOCTYPE; parsing goes on', () => {
  const dt = '<!DOCTYPE plist PUBLIC "-//Apple Inc//DTD PLIST 1.0//EN" http://www.apple.com/DTDs/PropertyList-1.0.dtd>';
  const text = `<?xml version="1.0"?>\n${dt}\n<plist><dict/></plist>`;
  const doc = parseXml(text);
  assert.deepEqual(
    doc.issues.map((i) => [i.data?.kind, at(text, i)]),
    [['malformed-doctype', dt]],
  );
  assert.equal(doc.doctype?.malformed, true);
  assert.equal(doc.root?.name, 'plist');
});

test('undefined entity and declared internal entity are reported, never expanded', () => {
  const text = '<!DOCTYPE plist [<!ENTITY a "AAAA">]><plist><string>&a;&b;</string></plist>';
  const doc = parseXml(text);
  assert.deepEqual(doc.doctype?.declaredEntities, ['a']);
  assert.deepEqual(
    doc.issues.map((i) => [i.data?.kind, at(text, i)]),
    [
      ['unexpanded-entity', '&a;'],
      ['undefined-entity', '&b;'],
    ],
  );
  const str = doc.root!.children[0] as XmlElement;
  assert.equal((str.children[0] as { value: string }).value, '&a;&b;');
});

test('comments: -- gives N76 over the whole comment; normal comments nothing; unclosed comment N28 at EOF', () => {
  const text = '<plist><!------ x ------><dict/><!-- ok --></plist>';
  const issues = parseXml(text).issues;
  assert.deepEqual(
    issues.map((i) => [i.code, at(text, i)]),
    [['plist/double-hyphen-in-comment', '<!------ x ------>']],
  );
  assert.deepEqual(
    parseXml('<plist><!-- a ---></plist>').issues.map((i) => i.code),
    ['plist/double-hyphen-in-comment'],
  );
  const open = '<plist><dict/></plist><!-- never closed';
  const [u] = parseXml(open).issues;
  assert.deepEqual([u.code, u.data?.kind, u.start, u.end], [N28, 'unclosed-comment', open.length, open.length]);
});

test('content before the XML declaration is N77 (not N28); a BOM is not content', () => {
  const text = '\n  <?xml version="1.0"?><plist><dict/></plist>';
  const issues = parseXml(text).issues;
  assert.deepEqual(
    issues.map((i) => [i.code, i.start, i.end]),
    [['plist/content-before-xml-declaration', 0, 3]],
  );
  assert.deepEqual(parseXml('\ufeff<?xml version="1.0"?><plist><dict/></plist>').issues, []);
  assert.deepEqual(
    parseXml('x<?xml version="1.0"?><plist/>').issues.map((i) => i.code),
    ['plist/content-before-xml-declaration'],
  );
});

test('a declaration after other markup is N28', () => {
  const text = '<plist><?xml version="1.0"?><dict/></plist>';
  assert.deepEqual(kinds(text), [`${N28}:misplaced-declaration`]);
});

test('empty input and stray end tags', () => {
  assert.deepEqual(kinds(''), [`${N28}:no-root`]);
  assert.deepEqual(kinds('</plist>'), [`${N28}:stray-end-tag`, `${N28}:no-root`]);
});

test('positions are UTF-16 offsets (astral characters count as two)', () => {
  const text = '<plist><string>😀 & x</string></plist>';
  const [i] = parseXml(text).issues;
  assert.equal(i.start, text.indexOf('&'));
  assert.equal(i.start, 18);
});

test('references in attribute values are checked and decoded', () => {
  const text = '<plist a="x&amp;y" b="p&q"><dict/></plist>';
  const doc = parseXml(text);
  assert.equal(doc.root!.attributes[0].value, 'x&y');
  assert.deepEqual(
    doc.issues.map((i) => [i.data?.kind, i.start]),
    [['unescaped-amp', text.indexOf('&q')]],
  );
});
