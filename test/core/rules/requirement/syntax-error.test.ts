import { test } from 'node:test';
import assert from 'node:assert/strict';
import { rule } from '../../../../server/src/core/rules/requirement/syntax-error';
import { applyFix, covered, profile, run, transparentProxy } from './harness';

function dr(requirement: string, bundle = 'com.example.ext'): string {
  return profile(
    transparentProxy(
      `<key>ProviderBundleIdentifier</key>\n<string>${bundle}</string>\n<key>ProviderDesignatedRequirement</key>\n<string>${requirement}</string>`,
    ),
  );
}

test('catalog failing example: mangled /* exists * comment, preferred fix completes it', () => {
  const req =
    'anchor apple generic and identifier "com.example.ext" and (certificate leaf[field.1.2.840.113635.100.6.1.9] /* exists * or certificate 1[field.1.2.840.113635.100.6.2.6])';
  const text = dr(req);
  const [f, ...rest] = run(rule, text);
  assert.equal(rest.length, 0);
  const at = text.indexOf('/* exists *');
  assert.equal(f.start, at);
  assert.equal(f.end, text.indexOf('</string>', at));
  const fixed = applyFix(text, f);
  assert.equal(fixed, text.replace('/* exists * or', '/* exists */ or'));
  assert.equal(f.fixes![0].preferred, true);
  assert.deepEqual(run(rule, fixed), []);
});

test('catalog passing example and all corpus shapes are silent', () => {
  for (const req of [
    'anchor apple generic and identifier "com.example.ext" and (certificate leaf[field.1.2.840.113635.100.6.1.9] /* exists */ or certificate 1[field.1.2.840.113635.100.6.2.6])',
    'identifier fcaptmon and anchor apple generic and certificate leaf[subject.OU] = AH4XFXJ7DK',
  ]) {
    assert.deepEqual(run(rule, dr(req)), []);
  }
});

test('column inside the string is mapped back through &quot; entities', () => {
  const text = dr('identifier &quot;com.example.ext&quot; and and anchor apple');
  const [f] = run(rule, text);
  const second = text.indexOf('and and') + 4;
  assert.equal(f.start, second);
  assert.equal(covered(text, f), 'and');
  // decoded column: `identifier "com.example.ext" and ` is 33 characters → column 34
  assert.match(f.message, /column 34\b/);
});

test('unexpected end: zero-width range at the end of the string', () => {
  const text = dr('anchor apple generic and');
  const [f] = run(rule, text);
  const end = text.indexOf('generic and</string>') + 'generic and'.length;
  assert.deepEqual([f.start, f.end], [end, end]);
  assert.deepEqual(f.fixes, []);
});

test('designated => prefix: preferred fix deletes it', () => {
  const text = dr('designated =&gt; anchor apple generic and identifier "com.example.ext"');
  const [f] = run(rule, text);
  assert.equal(covered(text, f), 'designated =&gt;');
  assert.equal(applyFix(text, f), dr('anchor apple generic and identifier "com.example.ext"'));
});

test('typographic quotes: preferred fix replaces them all with "', () => {
  const text = dr('identifier \u201Ccom.example.ext\u201D and anchor apple generic');
  const [f] = run(rule, text);
  assert.equal(covered(text, f), '\u201C');
  assert.equal(applyFix(text, f), dr('identifier "com.example.ext" and anchor apple generic'));
});

test('missing ) at the end: fix appends it (not preferred)', () => {
  const text = dr('anchor apple generic and (identifier a or identifier b');
  const [f] = run(rule, text);
  assert.equal(f.fixes![0].preferred, undefined);
  assert.equal(applyFix(text, f), dr('anchor apple generic and (identifier a or identifier b)'));
});

test('values with build variables are skipped; TCC CodeRequirement and filter keys are checked', () => {
  assert.deepEqual(run(rule, dr('identifier $(PRODUCT_BUNDLE_IDENTIFIER) and and')), []);
  const filter = profile(
    '<dict>\n\t<key>PayloadType</key>\n\t<string>com.apple.webcontent-filter</string>\n\t<key>FilterDataProviderDesignatedRequirement</key>\n\t<string>anchor apple generic and</string>\n</dict>',
  );
  assert.equal(run(rule, filter).length, 1);
  const tcc = profile(
    '<dict>\n\t<key>Services</key>\n\t<dict>\n\t\t<key>SystemPolicyAllFiles</key>\n\t\t<array>\n\t\t\t<dict>\n\t\t\t\t<key>CodeRequirement</key>\n\t\t\t\t<string>identifier x or</string>\n\t\t\t</dict>\n\t\t</array>\n\t</dict>\n</dict>',
  );
  assert.equal(run(rule, tcc).length, 1);
});
