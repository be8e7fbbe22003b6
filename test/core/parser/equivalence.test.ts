/**
 * The optimised parser (class elements with inline text, lazy spans) must produce exactly what the plain-object
 * parser it replaced produced: same XML tree, same plist tree, same issues in the same order. The replaced
 * parser is kept in ./reference; both results are turned into plain data and compared.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { buildPlist } from '../../../server/src/core/parser/plistBuilder';
import { parseXml } from '../../../server/src/core/parser/xmlParser';
import { sharedDir } from '../../helpers/shared';
import { plistNode, xmlDoc, type Plain } from './plain';
import { loadSeeds, mutatedSeed, randomMarkup } from '../../fuzz/inputs';
import { buildPlist as buildPlistV1 } from './reference/plistBuilderV1';
import { parseXml as parseXmlV1 } from './reference/xmlParserV1';

/** Builds the plist first (it must work on the untouched tree), then reads everything. */
function parseBoth(text: string): { now: Plain; before: Plain } {
  const x = parseXml(text);
  const p = buildPlist(x.root);
  const x1 = parseXmlV1(text);
  const p1 = buildPlistV1(x1.root);
  return {
    now: { root: plistNode(p.root), issues: [...x.issues, ...p.issues], xml: xmlDoc(x) },
    before: { root: plistNode(p1.root), issues: [...x1.issues, ...p1.issues], xml: xmlDoc(x1) },
  };
}

function assertSame(text: string, label: string): void {
  const { now, before } = parseBoth(text);
  assert.deepStrictEqual(now, before, label);
}

const TRICKY = [
  '<plist version="1.0"><dict><key>a</key><string>x</string><key>a</key><true/></dict></plist>',
  '<plist><dict><key>k</key><string>a<?xml version="1.0"?>b</string></dict></plist>',
  '<plist><string>a<!-- c -->b<![CDATA[<&>]]>c&amp;d</string></plist>',
  '<plist><dict><key>k</key><string>a<b>c</b>d</string><key>u</key><strin>v</strin><key>z</key></dict></plist>',
  '<plist><array><string>unclosed<integer>1</integer></array></plist>',
  '<plist><dict><key>k</key><string>v</strng></dict></plist>',
  '<plist><dict>junk<key>k</key>\n<string/>  more</dict><string>extra</string></plist>',
  '<dict><key>k&#13;&bogus;&</key><data>\r\nAAAA\r</data></dict>',
  '<plist><dict><key>k</key><string>a < b</string><key>j</key><string>open',
  '<plist><array><dict><key>x</key>',
  ' text <?xml version="1.0"?><!DOCTYPE plist><plist a=b c="d" c=\'e\'><true>t</true></plist>tail<x/>',
  '<plist><key>k</key><string>a</string></plist>',
  '<plist><dict><key></key><string></string><key/><date>2020</date></dict></plist>',
];

test('tricky inputs: same trees and issues as the plain-object parser', () => {
  for (const text of TRICKY) assertSame(text, text);
});

test('every corpus file: same trees and issues as the plain-object parser', (t) => {
  const dir = sharedDir(t, 'corpus/files');
  if (!dir) return;
  const names = (readdirSync(dir, { recursive: true }) as string[]).filter((n) => statSync(path.join(dir, n)).isFile());
  assert.ok(names.length > 100);
  for (const name of names.sort()) {
    const bytes = readFileSync(path.join(dir, name));
    // Binary and signed files read as text are hostile inputs too.
    assertSame(bytes.toString('utf8'), name);
    if (bytes.includes(13)) assertSame(bytes.toString('latin1'), `${name} (latin1)`);
  }
});

test('mutated seeds and random markup: same trees and issues as the plain-object parser', () => {
  const seeds = loadSeeds(64 * 1024);
  const asText = (input: string | Uint8Array): string =>
    typeof input === 'string' ? input : Buffer.from(input).toString('utf8');
  fc.assert(
    fc.property(fc.oneof(mutatedSeed(seeds), randomMarkup()), ({ input }) => {
      const text = asText(input);
      const { now, before } = parseBoth(text);
      assert.deepStrictEqual(now, before);
    }),
    { numRuns: 400 },
  );
});
