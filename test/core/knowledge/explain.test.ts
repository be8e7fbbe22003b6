import { test } from 'node:test';
import assert from 'node:assert/strict';
import { explainMessage, normalizeMessage } from '../../../server/src/core/knowledge/explain';

test('typographic quotes, ellipses and runs of white space are folded', () => {
  assert.equal(
    normalizeMessage('  \u201Ca\u201D \u2018b\u2019 `c` \u00ABd\u00BB e\u2026\n\t f '),
    `"a" 'b' 'c' "d" e... f`,
  );
});

test('a message pasted with typographic quotes matches like its ASCII form', () => {
  const ascii =
    'Provisioning profile "X" doesn\'t match the entitlements file\'s value for the com.apple.developer.networking.networkextension entitlement.';
  const typographic = ascii.replace("doesn't", 'doesn\u2019t').replace('"X"', '\u201CX\u201D');
  const ids = explainMessage(ascii).map((m) => m.id);
  assert.ok(ids.length > 0);
  assert.deepEqual(
    explainMessage(typographic).map((m) => m.id),
    ids,
  );
  assert.deepEqual(explainMessage('hello world'), []);
});
