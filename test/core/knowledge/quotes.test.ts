import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { sharedDir } from '../../helpers/shared';
import { QUOTES, getQuote, guidanceRecords, renderQuoteMarkdown } from '../../../server/src/core/knowledge/quotes';

const norm = (s: string) => s.replace(/\s+/g, ' ').trim();

test('every quote is a verbatim (whitespace-normalised) substring of the seed file it names', (t) => {
  const dir = sharedDir(t, 'seeds');
  if (!dir) return;
  const seeds = new Map(readdirSync(dir).map((f) => [f, norm(readFileSync(path.join(dir, f), 'utf8'))]));
  assert.ok(QUOTES.length >= 90);
  for (const q of QUOTES) {
    const seed = seeds.get(q.source);
    assert.ok(seed, `${q.id}: unknown source ${q.source}`);
    assert.ok(seed.includes(norm(q.text)), `${q.id} is not verbatim in ${q.source}`);
  }
});

test('the bank holds every Appendix A id exactly once, with a valid authority', () => {
  const ids = QUOTES.map((q) => q.id);
  assert.equal(new Set(ids).size, ids.length);
  for (let i = 1; i <= 35; i++) assert.ok(getQuote(`Q-D${String(i).padStart(2, '0')}`), `Q-D${i}`);
  for (let i = 1; i <= 55; i++) assert.ok(getQuote(`Q-U${String(i).padStart(2, '0')}`), `Q-U${i}`);
  for (const q of QUOTES) {
    assert.equal(q.authority, q.id.startsWith('Q-D') ? 'apple-dts' : 'developer');
  }
});

test('DTS quotes are attributed to Quinn, developer quotes are never presented as Apple guidance', () => {
  const dts = renderQuoteMarkdown('Q-D03');
  assert.match(dts, /^> If you distribute your app directly with Developer ID signing/);
  assert.ok(dts.endsWith('> — Quinn “The Eskimo!”, Apple DTS, «Network Extension Provider Packaging»'));
  const dev = renderQuoteMarkdown('Q-U01');
  assert.ok(dev.includes('— reported by a developer in «Why does my Developer ID Application'));
  assert.ok(!dev.includes('Apple DTS'));
  assert.equal(renderQuoteMarkdown('Q-X99'), '');
});

test('markdown rendering escapes XML so the quote reads verbatim', () => {
  const md = renderQuoteMarkdown('Q-U25');
  assert.ok(md.includes('&lt;key&gt;VPNUUID&lt;/key&gt;'));
  assert.ok(renderQuoteMarkdown('Q-D08').includes('\\*-systemextension'));
});

test('guidanceRecords keeps order and drops unknown ids', () => {
  const recs = guidanceRecords(['Q-U06', 'nope', 'Q-D04']);
  assert.deepEqual(
    recs.map((r) => [r.id, r.authority]),
    [
      ['Q-U06', 'developer'],
      ['Q-D04', 'apple-dts'],
    ],
  );
  assert.ok(recs[1].source.endsWith('.txt'));
});
