import { test } from 'node:test';
import assert from 'node:assert/strict';
import { warmUpIncremental } from '../../../server/src/core/engine/warmUp';

test('the warm-up goes through the one-payload re-parse and incremental validation every round', () => {
  assert.equal(warmUpIncremental(6), 6);
});
