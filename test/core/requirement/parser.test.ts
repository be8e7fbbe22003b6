import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  parseRequirement,
  teamValues,
  unconditionalIdentifier,
  hasAppleAnchor,
  type ReqError,
} from '../../../server/src/core/requirement';

function ok(s: string) {
  const r = parseRequirement(s);
  if (!r.ok) assert.fail(`did not parse: ${s}\n${r.error.detail} at ${r.error.start}`);
  return r.ast;
}

function err(s: string): ReqError {
  const r = parseRequirement(s);
  if (r.ok) assert.fail(`parsed but should not: ${s}`);
  return r.error;
}

const VALID = [
  'anchor apple',
  'anchor apple generic',
  'anchor trusted',
  'anchor = H"0123456789abcdef0123456789abcdef01234567"',
  'identifier "com.example.app"',
  'identifier = "com.example.app"',
  'identifier BDLDaemon',
  'identifier com.example.*',
  'cdhash H"0123abcd"',
  'certificate leaf[subject.OU] = 63JU25B8Q7',
  'cert leaf[subject.CN] = "Developer ID Application: X (ABCDE12345)"',
  'certificate 1[field.1.2.840.113635.100.6.2.6] exists',
  'certificate 1[field.1.2.840.113635.100.6.2.6]',
  'certificate -1[issuer.CN] absent',
  'certificate root = H"ab"',
  'certificate anchor trusted',
  'info[CFBundleVersion] >= "1.2"',
  'info[CFBundleShortVersionString] < 3',
  'entitlement["com.apple.security.app-sandbox"] exists',
  'entitlement[com.apple.developer.team-identifier] = ABCDE12345',
  'platform = 1',
  'notarized',
  'always or never',
  'legacy',
  '!anchor apple',
  'not (identifier a or identifier b)',
  'anchor apple generic && identifier x || identifier y',
  'identifier "a\\"b"',
  'anchor apple /* comment */ and identifier x // trailing',
  '((((identifier x))))',
  'certificate leaf[field.1.2.840.113635.100.6.1.9] /* exists */ or certificate 1[field.1.2.840.113635.100.6.2.6] /* exists */ and certificate leaf[field.1.2.840.113635.100.6.1.13] /* exists */ and certificate leaf[subject.OU] = "4AYE5J54KN"',
];

test('valid requirements parse', () => {
  for (const s of VALID) ok(s);
});

test('AST: and/or are n-ary with spans; unquoted Team IDs starting with a digit are one word', () => {
  const s = 'anchor apple generic and identifier "a.b" and certificate leaf[subject.OU] = 63JU25B8Q7';
  const ast = ok(s);
  assert.equal(ast.type, 'and');
  assert.equal(ast.start, 0);
  assert.equal(ast.end, s.length);
  const [team] = teamValues(ast);
  assert.equal(team.kind, 'word');
  assert.equal(team.text, '63JU25B8Q7');
  assert.equal(s.slice(team.start, team.end), '63JU25B8Q7');
  const id = unconditionalIdentifier(ast)!;
  assert.equal(id.value.text, 'a.b');
  assert.equal(s.slice(id.value.start, id.value.end), '"a.b"');
  assert.equal(s.slice(id.value.innerStart, id.value.innerEnd), 'a.b');
  assert.ok(hasAppleAnchor(ast));
});

test('identifier under or / not is conditional', () => {
  assert.equal(unconditionalIdentifier(ok('identifier a or identifier b')), undefined);
  assert.equal(unconditionalIdentifier(ok('anchor apple and !identifier b')), undefined);
  assert.equal(unconditionalIdentifier(ok('identifier a and identifier b')), undefined);
  assert.equal(unconditionalIdentifier(ok('anchor trusted and (identifier a)'))!.value.text, 'a');
  assert.equal(hasAppleAnchor(ok('anchor trusted and identifier a')), false);
});

test('errors: offending token, expectation and kind', () => {
  let e = err('anchor apple and');
  assert.deepEqual([e.start, e.end, e.found], [16, 16, 'end of requirement']);
  e = err('and identifier x');
  assert.deepEqual([e.start, e.end, e.expected, e.found], [0, 3, 'a requirement clause', '"and"']);
  e = err('(identifier x');
  assert.deepEqual([e.kind, e.start, e.end], ['missing-close-paren', 13, 13]);
  e = err('(identifier x identifier y)');
  assert.deepEqual([e.kind, e.start, e.end], ['unexpected-token', 14, 24]);
  e = err('identifier x /* exists * or y');
  assert.deepEqual([e.kind, e.start, e.end], ['unterminated-comment', 13, 29]);
  e = err('identifier \u201Cx\u201D');
  assert.deepEqual([e.kind, e.start, e.end], ['typographic-quote', 11, 12]);
  e = err('designated => anchor apple generic');
  assert.deepEqual([e.kind, e.start, e.end], ['requirement-set-prefix', 0, 13]);
  e = err('identifier "abc');
  assert.deepEqual([e.kind, e.start], ['unterminated-string', 11]);
  e = err('identifier x; anchor apple');
  assert.deepEqual([e.kind, e.start, e.end], ['unexpected-character', 12, 13]);
  e = err('certificate leaf[subject.OU] = ');
  assert.equal(e.start, 31);
  e = err('certificate top[subject.OU] = X');
  assert.deepEqual([e.start, e.end], [12, 15]);
  e = err('certificate leaf[OU] = X');
  assert.deepEqual([e.start, e.end], [17, 19]);
  e = err('Identifier x');
  assert.deepEqual([e.start, e.end], [0, 10]);
  e = err('');
  assert.deepEqual([e.start, e.end], [0, 0]);
  e = err('cdhash H"xyz"');
  assert.equal(e.start, 7);
});

test('the leftmost error wins over a later lexical error', () => {
  const e = err('identifier and \u201C');
  assert.deepEqual([e.kind, e.start], ['unexpected-token', 11]);
});

test('deep nesting fails cleanly instead of overflowing', () => {
  const deep = '('.repeat(100000) + 'identifier x' + ')'.repeat(100000);
  const r = parseRequirement(deep);
  assert.equal(r.ok, false);
  const nots = '!'.repeat(100000) + 'identifier x';
  assert.equal(parseRequirement(nots).ok, false);
  assert.equal(parseRequirement('('.repeat(50) + 'identifier x' + ')'.repeat(50)).ok, true);
});

test('<TEAMID>-style placeholders are values only after a certificate field comparison', () => {
  const [v] = teamValues(ok('anchor apple generic and certificate leaf[subject.OU] = <TEAMID>'));
  assert.deepEqual([v.kind, v.text, v.start, v.end], ['placeholder', '<TEAMID>', 56, 64]);
  assert.equal(err('identifier <BUNDLE_ID>').start, 11);
  assert.equal(err('certificate leaf[subject.OU] = < TEAMID >').start, 31);
});

test('never throws on arbitrary input (property)', async () => {
  const fc = (await import('fast-check')).default;
  const alphabet = fc.constantFrom(
    ...'()[]!=<>&|"H/*\\ -.0123456789abcdefgiln ortuOUS\u201C\n'.split(''),
    'and',
    'or',
    'identifier',
    'certificate',
    'leaf',
    'anchor',
    'apple',
    'subject.OU',
    'exists',
  );
  fc.assert(
    fc.property(fc.array(alphabet, { maxLength: 40 }), (parts) => {
      const s = parts.join('');
      const r = parseRequirement(s);
      if (!r.ok) {
        assert.ok(r.error.start >= 0 && r.error.start <= r.error.end && r.error.end <= s.length);
      } else {
        assert.ok(r.ast.start >= 0 && r.ast.end <= s.length);
      }
    }),
    { numRuns: 2000 },
  );
});
