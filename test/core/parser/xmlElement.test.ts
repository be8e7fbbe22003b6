import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { XmlElement, XmlText } from '../../../server/src/core/model/xml';
import { ElementNode } from '../../../server/src/core/parser/xmlElement';
import { parseXml } from '../../../server/src/core/parser/xmlParser';

function el(xml: string, path: number[] = []): XmlElement {
  let e = parseXml(xml).root!;
  for (const i of path) e = e.children[i] as XmlElement;
  return e;
}

test('spans read through getters match the source; open starts at the element start', () => {
  const src = '<plist><string>v</string><true/></plist>';
  const s = el(src, [0]);
  assert.equal(s.type, 'element');
  assert.deepEqual(s.open, { start: 7, end: 15 });
  assert.deepEqual(s.close, { start: 16, end: 25 });
  assert.equal(src.slice(s.start, s.end), '<string>v</string>');
  const t = el(src, [1]);
  assert.equal(t.selfClosing, true);
  assert.equal(t.close, undefined);
  assert.deepEqual(t.children, []);
});

test('the single text child is materialised on first read, then the same array every time', () => {
  const s = el('<plist><string>a&amp;b</string></plist>', [0]);
  const kids = s.children;
  assert.equal(kids.length, 1);
  const text = kids[0] as XmlText;
  assert.deepEqual({ ...text }, { type: 'text', start: 15, end: 22, value: 'a&b', hasReferences: true });
  assert.equal(s.children, kids);
  assert.equal(s.children[0], text);
});

test('text split by markup that is not a child (misplaced declaration) becomes two text children', () => {
  const s = el('<plist><string>a<?xml version="1.0"?>b</string></plist>', [0]);
  assert.deepEqual(
    s.children.map((c) => [c.type, c.start, c.end]),
    [
      ['text', 15, 16],
      ['text', 37, 38],
    ],
  );
});

test('an unescaped < extends the text it continues (one text child)', () => {
  const s = el('<plist><string>a < b</string></plist>', [0]);
  assert.deepEqual(
    s.children.map((c) => (c.type === 'text' ? [c.start, c.end, c.value] : c.type)),
    [[15, 20, 'a < b']],
  );
});

test('a second child after inline text keeps source order', () => {
  const s = el('<plist><string>a<!--c-->b</string></plist>', [0]);
  assert.deepEqual(
    s.children.map((c) => c.type),
    ['text', 'comment', 'text'],
  );
});

test('offsets are writable fields and setters keep getters consistent', () => {
  const s = el('<plist><string>v</string></plist>', [0]) as ElementNode;
  assert.ok(s instanceof ElementNode);
  s.start += 10;
  s.end += 10;
  s.openEnd += 10;
  s.closeStart += 10;
  s.textStart += 10;
  s.textEnd += 10;
  assert.deepEqual(s.open, { start: 17, end: 25 });
  assert.deepEqual(s.close, { start: 26, end: 35 });
  assert.deepEqual(
    s.children.map((c) => [c.start, c.end]),
    [[25, 26]],
  );
  s.close = undefined;
  assert.equal(s.close, undefined);
  s.close = { start: 40, end: 49 };
  assert.deepEqual([s.closeStart, s.end], [40, 49]);
  s.unclosed = true;
  s.selfClosing = false;
  assert.deepEqual([s.unclosed, s.selfClosing], [true, false]);
  s.children = [];
  assert.deepEqual(s.children, []);
});
