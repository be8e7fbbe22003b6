import { test } from 'node:test';
import assert from 'node:assert/strict';
import { rule as placeholder } from '../../../../server/src/core/rules/requirement/placeholder-team-id';
import { rule as format } from '../../../../server/src/core/rules/requirement/team-id-format';
import { applyFix, covered, profile, run, transparentProxy } from './harness';

function dr(requirement: string, ...extraPayloads: string[]): string {
  return profile(
    transparentProxy(
      `<key>ProviderBundleIdentifier</key>\n<string>com.example.app.tunnel</string>\n<key>ProviderDesignatedRequirement</key>\n<string>${requirement}</string>`,
    ),
    ...extraPayloads,
  );
}

const BASE = 'identifier "com.example.app.tunnel" and anchor apple generic and certificate leaf[subject.OU] = ';
const POLICY = [
  '<dict>',
  '\t<key>PayloadType</key>',
  '\t<string>com.apple.system-extension-policy</string>',
  '\t<key>AllowedTeamIdentifiers</key>',
  '\t<array>',
  '\t\t<string>63JU25B8Q7</string>',
  '\t</array>',
  '</dict>',
].join('\n');

test('N34 catalog failing example: TEAMID reported at V; no fix without a known team', () => {
  const text = dr(BASE + 'TEAMID');
  const [f, ...rest] = run(placeholder, text);
  assert.equal(rest.length, 0);
  assert.equal(covered(text, f), 'TEAMID');
  assert.deepEqual(f.fixes, []);
  assert.deepEqual(run(format, text), [], 'N36 leaves placeholders to N34');
});

test('N34: quoted and <…> placeholders, range excludes the quotes', () => {
  let text = dr(BASE + '"YOUR_TEAM_ID"');
  let [f] = run(placeholder, text);
  assert.equal(covered(text, f), 'YOUR_TEAM_ID');
  text = dr(BASE + '&quot;&lt;TEAM&gt;&quot;');
  [f] = run(placeholder, text);
  assert.equal(covered(text, f), '&lt;TEAM&gt;');
  // unquoted <TEAMID> is N34's (with its fix), not a syntax error
  text = dr(BASE + '&lt;TEAMID&gt;');
  [f] = run(placeholder, text, { team: 'Q1W2E3R4T5' });
  assert.equal(covered(text, f), '&lt;TEAMID&gt;');
  assert.equal(applyFix(text, f), dr(BASE + 'Q1W2E3R4T5'));
  assert.deepEqual(run(format, text), []);
});

test('N34 fix: team from the file context, else the single team of a policy payload', () => {
  let text = dr(BASE + 'TEAMID');
  let [f] = run(placeholder, text, { team: 'Q1W2E3R4T5' });
  assert.equal(f.fixes![0].preferred, true);
  assert.equal(applyFix(text, f), dr(BASE + 'Q1W2E3R4T5'));
  text = dr(BASE + '"TEAMID"', POLICY);
  [f] = run(placeholder, text);
  assert.equal(applyFix(text, f), dr(BASE + '"63JU25B8Q7"', POLICY));
});

test('N34/N36 passing: real Team IDs quoted or not (corpus Dope, SentinelOne)', () => {
  for (const v of ['63JU25B8Q7', '"4AYE5J54KN"', 'Q1W2E3R4T5']) {
    assert.deepEqual(run(placeholder, dr(BASE + v)), []);
    assert.deepEqual(run(format, dr(BASE + v)), []);
  }
});

test('N36 catalog failing example: abcde12345x reported at V, no fix (11 characters)', () => {
  const text = dr(BASE + 'abcde12345x');
  const [f, ...rest] = run(format, text);
  assert.equal(rest.length, 0);
  assert.equal(covered(text, f), 'abcde12345x');
  assert.deepEqual(f.fixes, []);
});

test('N36 fix: upper-casing/trimming yields a valid Team ID', () => {
  const text = dr(BASE + '" q1w2e3r4t5"');
  const [f] = run(format, text);
  assert.equal(covered(text, f), ' q1w2e3r4t5');
  assert.equal(applyFix(text, f), dr(BASE + '"Q1W2E3R4T5"'));
});

test('N36 guard: non-Apple anchors may use any OU; unparsable strings are N35 only', () => {
  assert.deepEqual(run(format, dr('anchor trusted and certificate leaf[subject.OU] = "Example Corp"')), []);
  assert.deepEqual(run(format, dr('anchor = H"abcd" and certificate leaf[subject.OU] = foo')), []);
  assert.deepEqual(run(format, dr(BASE + 'foo and')), []);
  assert.deepEqual(run(placeholder, dr(BASE + 'TEAMID and')), []);
});
