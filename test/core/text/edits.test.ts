import { test } from 'node:test';
import assert from 'node:assert/strict';
import { applyEdits, OverlappingEditsError } from '../../../server/src/core/text/edits';

test('applies edits in any order', () => {
  assert.equal(
    applyEdits('abcdef', [
      { start: 4, end: 5, newText: 'E' },
      { start: 0, end: 1, newText: 'AA' },
      { start: 2, end: 2, newText: '+' },
    ]),
    'AAb+cdEf',
  );
});

test('two insertions at one point keep their order; adjacent edits are fine', () => {
  assert.equal(
    applyEdits('ab', [
      { start: 1, end: 1, newText: 'x' },
      { start: 1, end: 1, newText: 'y' },
      { start: 0, end: 1, newText: 'A' },
      { start: 1, end: 2, newText: 'B' },
    ]),
    'AxyB',
  );
});

test('rejects overlapping edits and out-of-range edits', () => {
  assert.throws(
    () =>
      applyEdits('abcdef', [
        { start: 0, end: 3, newText: '' },
        { start: 2, end: 4, newText: '' },
      ]),
    OverlappingEditsError,
  );
  assert.throws(
    () =>
      applyEdits('abc', [
        { start: 1, end: 2, newText: 'x' },
        { start: 1, end: 2, newText: 'y' },
      ]),
    OverlappingEditsError,
  );
  assert.throws(() => applyEdits('abc', [{ start: 2, end: 9, newText: '' }]), RangeError);
});
