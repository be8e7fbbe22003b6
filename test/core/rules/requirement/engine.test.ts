/** The requirement rules through the real engine: precedence (§1.15 item 10), positions, decoded documents. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { applyFix, lint, rangeText } from '../../../helpers/lint';
import { loadDocumentFromBytes } from '../../../../server/src/core/engine/loadDocument';
import { validateDocument } from '../../../../server/src/core/engine/validate';
import { makeSignedPlist } from '../../../helpers/fixtures';
import { profile, transparentProxy } from './harness';

const FAMILY = /^requirement\//;

function dr(requirement: string, bundle = 'com.example.app.tunnel'): string {
  return profile(
    transparentProxy(
      `<key>ProviderBundleIdentifier</key>\n<string>${bundle}</string>\n<key>ProviderDesignatedRequirement</key>\n<string>${requirement}</string>`,
    ),
  );
}

const reqDiags = (text: string) => lint(text, { path: 'x.mobileconfig' }).filter((d) => FAMILY.test(d.code));

test('a string that does not parse gets only requirement/syntax-error', () => {
  const text = dr('identifier "com.example.other" and certificate leaf[subject.OU] = TEAMID and');
  assert.deepEqual(
    reqDiags(text).map((d) => d.code),
    ['requirement/syntax-error'],
  );
});

test('mismatch + placeholder are both reported on a valid string; positions are columns inside the line', () => {
  const text = dr(
    'identifier &quot;com.example.other&quot; and anchor apple generic and certificate leaf[subject.OU] = TEAMID',
  );
  const diags = reqDiags(text);
  assert.deepEqual(diags.map((d) => d.code).sort(), [
    'requirement/identifier-mismatch',
    'requirement/placeholder-team-id',
  ]);
  const mismatch = diags.find((d) => d.code === 'requirement/identifier-mismatch')!;
  assert.equal(rangeText(text, mismatch), '&quot;com.example.other&quot;');
  const line = text.split('\n')[mismatch.range.start.line];
  assert.equal(line.indexOf('&quot;com'), mismatch.range.start.character);
  assert.equal(
    applyFix(text, mismatch),
    dr(
      'identifier &quot;com.example.app.tunnel&quot; and anchor apple generic and certificate leaf[subject.OU] = TEAMID',
    ),
  );
});

test('no quick fixes in decoded (CMS) documents', () => {
  const xml = dr('identifier "com.example.other" and anchor apple generic');
  const doc = loadDocumentFromBytes('x.mobileconfig', makeSignedPlist(xml));
  const diags = validateDocument(doc).filter((d) => FAMILY.test(d.code));
  assert.deepEqual(
    diags.map((d) => d.code),
    ['requirement/identifier-mismatch'],
  );
  assert.deepEqual(diags[0].fixes, []);
});
