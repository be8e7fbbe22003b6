/** The plist/ rules over random markup: never throw, ranges inside the text, every fix applies cleanly. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { lint } from '../../../helpers/lint';
import { applyEdits } from '../../../../server/src/core/text/edits';

const token = fc.constantFrom(
  '<plist>',
  '</plist>',
  '<dict>',
  '</dict>',
  '<array>',
  '</array>',
  '<key>K</key>',
  '<key>K',
  '<string>',
  '</string>',
  '<integer>',
  '</integer>',
  '<true/>',
  '<true>x</true>',
  '<boolean>yes</boolean>',
  '<date>2025-01-01</date>',
  '<data>!!</data>',
  '<!-- a -- b -->',
  '<!--',
  '-->',
  '&',
  '&amp;',
  '&x;',
  '<',
  '>',
  'text',
  '\n',
  '\r\n',
  '\t',
  '<?xml version="1.0"?>',
  '<!DOCTYPE plist PUBLIC "a" b>',
  '<![CDATA[x]]>',
  '<int>1</int>',
  '</strng>',
  '\u0001',
  '😀',
);

test('random documents: diagnostics in range, fixes apply without overlap', () => {
  fc.assert(
    fc.property(
      fc.array(token, { maxLength: 60 }),
      fc.constantFrom('x.plist', 'App.entitlements', 'x.mobileconfig'),
      (tokens, path) => {
        const text = tokens.join('');
        for (const d of lint(text, { path })) {
          if (!d.code.startsWith('plist/')) continue;
          assert.ok(d.start >= 0 && d.start <= d.end && d.end <= text.length, `${d.code} ${d.start}-${d.end}`);
          for (const fix of d.fixes) applyEdits(text, fix.edits);
        }
      },
    ),
    { numRuns: 400 },
  );
});
