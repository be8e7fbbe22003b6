import { test } from 'node:test';
import assert from 'node:assert/strict';
import { LineIndex } from '../../../server/src/core/text/lineIndex';

/** The obvious character-by-character definition (LSP line ends: \n, \r\n, lone \r). */
function naivePositions(text: string): { line: number; character: number }[] {
  const out = [];
  let line = 0;
  let character = 0;
  for (let i = 0; i <= text.length; i++) {
    out.push({ line, character });
    const c = text[i];
    if (c === '\n' || (c === '\r' && text[i + 1] !== '\n')) {
      line++;
      character = 0;
    } else character++;
  }
  return out;
}

const samples = ['', 'a', '\n', 'a\nb', 'a\r\nb\r\n', 'a\rb\r', '\r\n\r\n\n\r', 'x\n\ny\r\rz', 'only one line'];

test('positionAt and offsetAt agree with the character-by-character definition (LF, CRLF, lone CR)', () => {
  for (const text of samples) {
    const li = new LineIndex(text);
    const expected = naivePositions(text);
    for (let o = 0; o <= text.length; o++) {
      assert.deepEqual(li.positionAt(o), expected[o], `${JSON.stringify(text)} @${o}`);
    }
    assert.equal(li.lineCount, expected[text.length].line + 1);
    for (let line = 0; line < li.lineCount; line++) {
      const start = expected.findIndex((p) => p.line === line);
      assert.equal(li.lineStart(line), start);
      assert.equal(li.offsetAt({ line, character: 0 }), start);
    }
  }
});

test('offsets and positions out of range are clamped', () => {
  const li = new LineIndex('ab\ncd');
  assert.deepEqual(li.positionAt(-5), { line: 0, character: 0 });
  assert.deepEqual(li.positionAt(99), { line: 1, character: 2 });
  assert.equal(li.offsetAt({ line: -1, character: 3 }), 0);
  assert.equal(li.offsetAt({ line: 7, character: 0 }), 5);
  assert.equal(li.offsetAt({ line: 0, character: 99 }), 3);
  assert.equal(li.lineStart(42), 3);
});
