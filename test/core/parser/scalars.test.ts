import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  dataProblem,
  dateProblem,
  integerProblem,
  normalizeIsoDate,
  parseDateText,
  parseIntegerText,
  realProblem,
  booleanProblem,
  integerValue,
  isTrue,
  dateValue,
  dataBytes,
} from '../../../server/src/core/parser/scalars';
import { parsePlistText } from '../../../server/src/core/parser/parsePlist';
import type { ArrayNode } from '../../../server/src/core/model/plist';

test('integers: decimal, hex, sign, 64-bit range through BigInt', () => {
  assert.equal(parseIntegerText(' 42 '), 42n);
  assert.equal(parseIntegerText('+7'), 7n);
  assert.equal(parseIntegerText('-0x10'), -16n);
  assert.equal(parseIntegerText('9223372036854775807'), 9223372036854775807n);
  assert.equal(parseIntegerText('18446744073709551615'), 18446744073709551615n);
  assert.equal(parseIntegerText('18446744073709551616'), undefined);
  assert.equal(parseIntegerText('-9223372036854775809'), undefined);
  for (const ok of ['0', '8080', '0xFF', '-1']) assert.equal(integerProblem(ok), undefined, ok);
  for (const bad of ['', '  ', '1.5', 'abc', '0x', '1e3', '99999999999999999999']) {
    assert.notEqual(integerProblem(bad), undefined, bad);
  }
});

test('reals', () => {
  for (const ok of ['1', '1.5', '.5', '1.', '-2e10', 'nan', 'INF', '-infinity', '+inf']) {
    assert.equal(realProblem(ok), undefined, ok);
  }
  for (const bad of ['', 'abc', '1,5', 'e5', '1.2.3']) assert.notEqual(realProblem(bad), undefined, bad);
});

test('dates: format and calendar validity', () => {
  assert.equal(parseDateText('2025-01-01T00:00:00Z')?.toISOString(), '2025-01-01T00:00:00.000Z');
  assert.equal(dateProblem('2024-02-29T23:59:59Z'), undefined);
  for (const bad of [
    '2025-02-29T00:00:00Z',
    '2025-13-01T00:00:00Z',
    '2025-01-01T24:00:00Z',
    '2025-01-01',
    '2025-01-01T00:00:00+01:00',
    '',
  ]) {
    assert.notEqual(dateProblem(bad), undefined, bad);
  }
  assert.equal(normalizeIsoDate('2025-01-01'), '2025-01-01T00:00:00Z');
  assert.equal(normalizeIsoDate('2025-01-01T10:00:00+02:00'), '2025-01-01T08:00:00Z');
  assert.equal(normalizeIsoDate('2025-01-01T10:00:00.123Z'), '2025-01-01T10:00:00Z');
  assert.equal(normalizeIsoDate('yesterday'), undefined);
});

test('data: base64 with whitespace, padding rules', () => {
  assert.equal(dataProblem('TUlJ\n\tQg=='), undefined);
  assert.equal(dataProblem(''), undefined);
  for (const bad of ['not base64!', 'TUlJQg=', 'TU=lJQg==', 'TUlJQ===']) {
    assert.notEqual(dataProblem(bad), undefined, bad);
  }
});

test('booleans must be empty', () => {
  assert.equal(booleanProblem(' \n'), undefined);
  assert.notEqual(booleanProblem('yes'), undefined);
});

test('accessors on nodes', () => {
  const doc = parsePlistText(
    '<plist><array><integer>0x20</integer><true/><false/><date>2025-01-01T00:00:00Z</date><data>TUlJQg==</data><string>1</string></array></plist>',
    'x',
  );
  const [i, t, f, d, b, s] = (doc.root as ArrayNode).items;
  assert.equal(integerValue(i), 32n);
  assert.equal(integerValue(s), undefined);
  assert.equal(isTrue(t), true);
  assert.equal(isTrue(f), false);
  assert.equal(dateValue(d)?.getTime(), Date.UTC(2025, 0, 1));
  assert.deepEqual(Array.from(dataBytes(b)!), [0x4d, 0x49, 0x49, 0x42]);
});
