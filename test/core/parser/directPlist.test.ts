/**
 * The direct path (parser/directPlist.ts) must build exactly what the tolerant path (xmlParser → plistBuilder)
 * builds, whenever it accepts a text: the same plist tree, the same XML tree once its elements are made
 * (parser/lazyXml.ts), and no issues (it accepts only texts the tolerant path finds nothing wrong with).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { buildPlist } from '../../../server/src/core/parser/plistBuilder';
import { parseXml } from '../../../server/src/core/parser/xmlParser';
import { parseDirect } from '../../../server/src/core/parser/directPlist';
import { ElementSource } from '../../../server/src/core/parser/plistNodes';
import { makeElements } from '../../../server/src/core/parser/lazyXml';
import { parsePlistText } from '../../../server/src/core/parser/parsePlist';
import { validateDocument } from '../../../server/src/core/engine/validate';
import { isDict } from '../../../server/src/core/model/plist';
import { sharedDir } from '../../helpers/shared';
import { loadSeeds, mutatedSeed, randomMarkup } from '../../fuzz/inputs';
import { transparentProxyProfile } from '../../../scripts/bench/generate';
import { plistNode, xmlDoc, type Plain } from './plain';

function tolerant(text: string): { root: Plain; issues: unknown[]; xml: Plain } {
  const x = parseXml(text);
  const p = buildPlist(x.root);
  return { root: plistNode(p.root), issues: [...x.issues, ...p.issues], xml: xmlDoc(x) };
}

/** Whether the direct path took `text`; when it did, its result must equal the tolerant path's. */
function assertAgrees(text: string, label: string): boolean {
  const direct = parseDirect(text);
  if (!direct) return false;
  // The plist tree first, read before any element exists, then the elements it makes on demand.
  const root = plistNode(direct.root);
  assert.deepStrictEqual({ root, issues: direct.xml.issues, xml: xmlDoc(direct.xml) }, tolerant(text), label);
  return true;
}

const PROLOG =
  '<?xml version="1.0" encoding="UTF-8"?>\n<!DOCTYPE plist PUBLIC "-//Apple//DTD PLIST 1.0//EN" "http://www.apple.com/DTDs/PropertyList-1.0.dtd">\n';
const wrap = (body: string) => `${PROLOG}<plist version="1.0">\n${body}\n</plist>\n`;

const ACCEPTED = [
  wrap('<dict>\n\t<key>a</key>\n\t<string>x</string>\n\t<key>a</key>\n\t<true/>\n</dict>'),
  wrap('<dict><key></key><string></string><key/><string/><key>d</key><date>2020-01-01T00:00:00Z</date></dict>'),
  wrap('<array><dict/><array/><integer>-1</integer><real>1.5</real><data>\r\nAAAA\r\n</data><false/></array>'),
  wrap('<dict><key>amp</key><string>a &amp; b &lt;c&gt; &#x41;&#66; &quot;&apos;</string></dict>'),
  wrap('<dict><key>crlf\r\nkey</key><string>line\r\nnext\rlast</string></dict>'),
  wrap(`<dict><key>${'k'.repeat(100)}</key><string>long key</string></dict>`),
  wrap('<string>root scalar</string>'),
  wrap('<dict>\r\n\t<key>k</key>\r\n\t<string> padded </string>\r\n</dict>'),
  '<plist version="1.0"><dict><key>no prolog</key><integer>1</integer></dict></plist>',
  '<plist><array><string>a > b</string></array></plist>   \r\n\t',
  `${PROLOG}\n\n<plist version="1.0" extra='x'>\n<dict/>\n</plist>`,
];

const REFUSED = [
  '',
  '\ufeff<plist><dict/></plist>',
  wrap('<dict><!-- comment --><key>k</key><string>v</string></dict>'),
  wrap('<dict><key>k</key><string><![CDATA[x]]></string></dict>'),
  wrap('<dict><key>k</key><string>a &bogus; b</string></dict>'),
  wrap('<dict><key>k &amp; j</key><string>v</string></dict>'),
  wrap('<dict><key>k</key><string>a & b</string></dict>'),
  wrap('<dict><key>k</key></dict>'),
  wrap('<dict><string>no key</string></dict>'),
  wrap('<array><key>k</key></array>'),
  wrap('<dict><key>k</key><true>yes</true></dict>'),
  wrap('<dict><key>k</key><string>v</string >'),
  wrap('<dict ><key>k</key><string>v</string></dict>'),
  wrap('<dict><key>k</key><bool>true</bool></dict>'),
  wrap('<dict><key>k</key><string>v</string></dict><string>extra</string>'),
  wrap('<dict>stray<key>k</key><string>v</string></dict>'),
  wrap('<dict><key>k</key><string>v</strin></dict>'),
  wrap('<dict><key>k</key><string>v</string>'),
  `${PROLOG}<plist version="1.0"><dict/></plist>trailing`,
  `${PROLOG}<plist version="1.0"><dict/></plist><!-- after -->`,
  `<!-- before -->${PROLOG}<plist version="1.0"><dict/></plist>`,
  `text before${PROLOG}<plist version="1.0"><dict/></plist>`,
  '<plist version=1.0><dict/></plist>',
  '<plist/>',
  '<plist></plist>',
  '<dict><key>k</key><string>v</string></dict>',
  wrap('<dict><key>k</key><string>bad \u0001 char</string></dict>'),
  '<plist><dict><key>k</key><string>unterminated',
];

test('clean plists: the direct path takes them and agrees with the tolerant path', () => {
  for (const text of ACCEPTED) assert.ok(assertAgrees(text, JSON.stringify(text)), JSON.stringify(text));
});

test('anything the tolerant path would report goes to the tolerant path', () => {
  for (const text of REFUSED) assert.equal(parseDirect(text), undefined, JSON.stringify(text));
});

test('100,000-deep nesting: no stack overflow on either side', () => {
  const depth = 100_000;
  const text = `<plist>${'<array>'.repeat(depth)}${'</array>'.repeat(depth)}</plist>`;
  const direct = parseDirect(text);
  assert.ok(direct);
  let n = direct.root;
  let seen = 1;
  while (n.kind === 'array' && n.items.length) {
    n = n.items[0];
    seen++;
  }
  assert.equal(seen, depth);
  assert.equal(direct.root.element.name, 'array');
  assert.equal(n.element.parent?.name, 'array');
});

test('every corpus file: the direct path agrees whenever it takes one, and takes most clean ones', (t) => {
  const dir = sharedDir(t, 'corpus/files');
  if (!dir) return;
  const names = (readdirSync(dir, { recursive: true }) as string[]).filter((n) => statSync(path.join(dir, n)).isFile());
  let clean = 0;
  let taken = 0;
  for (const name of names.sort()) {
    const text = readFileSync(path.join(dir, name)).toString('utf8');
    const t0 = tolerant(text);
    if (t0.issues.length === 0 && text.charCodeAt(0) !== 0xfeff && !text.includes('<!--')) clean++;
    if (assertAgrees(text, name)) taken++;
  }
  assert.ok(clean > 100);
  // Clean files with an entity in a key, CDATA or a space inside a tag are left to the tolerant path: rare.
  assert.ok(taken >= clean * 0.9, `${taken} of ${clean} clean corpus files took the direct path`);
});

test('mutated seeds and random markup: whenever the direct path takes one, both paths agree', () => {
  const seeds = loadSeeds(64 * 1024);
  const asText = (input: string | Uint8Array): string =>
    typeof input === 'string' ? input : Buffer.from(input).toString('utf8');
  let taken = 0;
  fc.assert(
    fc.property(fc.oneof(mutatedSeed(seeds), randomMarkup()), ({ input }) => {
      if (assertAgrees(asText(input), 'fuzz case')) taken++;
    }),
    { numRuns: 400, seed: 20261122 },
  );
  assert.ok(taken > 40, `only ${taken} of 400 cases took the direct path`);
});

test('a clean large profile is checked without making a single XML element', () => {
  const doc = parsePlistText(transparentProxyProfile(200), '/x/Big.mobileconfig');
  assert.ok(isDict(doc.root));
  assert.deepEqual(validateDocument(doc), []);
  // The rules read the plist tree only; elements are made when something (a finding's anchor, a fix) needs one.
  assert.ok((doc.root as unknown as { el: unknown }).el instanceof ElementSource);
  assert.equal(doc.root.element.name, 'dict');
  assert.ok(!((doc.root as unknown as { el: unknown }).el instanceof ElementSource));
});

test('makeElements makes the elements of a direct document at once, and does nothing for a tolerant one', () => {
  const direct = parsePlistText(transparentProxyProfile(3), '/x/A.mobileconfig');
  const owned = (n: unknown) => (n as { el: unknown }).el;
  assert.ok(owned(direct.root) instanceof ElementSource);
  makeElements(direct.xml);
  assert.ok(!(owned(direct.root) instanceof ElementSource));
  assert.equal(direct.root?.element.parent, direct.xml.root);
  const tolerant = parsePlistText('<plist><dict><!-- c --><key>k</key><string>v</string></dict></plist>', '/x/B.plist');
  const before = tolerant.root?.element;
  makeElements(tolerant.xml);
  assert.equal(tolerant.root?.element, before);
});
