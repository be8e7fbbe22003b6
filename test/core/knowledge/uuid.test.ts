import { test } from 'node:test';
import assert from 'node:assert/strict';
import { newUuid, sequentialUuids, setUuidGenerator } from '../../../server/src/core/knowledge/uuid';

test('the default generator gives fresh upper-case v4 UUIDs (node:crypto is loaded on first use)', () => {
  const a = newUuid();
  const b = newUuid();
  assert.match(a, /^[0-9A-F]{8}-[0-9A-F]{4}-4[0-9A-F]{3}-[89AB][0-9A-F]{3}-[0-9A-F]{12}$/);
  assert.notEqual(a, b);
});

test('a stubbed generator is used until the default is restored', () => {
  setUuidGenerator(sequentialUuids());
  try {
    assert.equal(newUuid(), '00000000-0000-4000-8000-000000000001');
  } finally {
    setUuidGenerator();
  }
  assert.notEqual(newUuid(), '00000000-0000-4000-8000-000000000002');
});
