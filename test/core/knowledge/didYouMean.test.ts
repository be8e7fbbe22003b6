import { test } from 'node:test';
import assert from 'node:assert/strict';
import { damerauLevenshtein, didYouMean } from '../../../server/src/core/knowledge/didYouMean';

test('Damerau–Levenshtein distances', () => {
  assert.equal(damerauLevenshtein('abc', 'abc'), 0);
  assert.equal(damerauLevenshtein('abcd', 'abdc'), 1); // transposition
  assert.equal(damerauLevenshtein('kitten', 'sitting'), 3);
  assert.equal(damerauLevenshtein('', 'abc'), 3);
  assert.equal(damerauLevenshtein('ca', 'abc'), 3); // OSA, not unrestricted
});

test('case-insensitive equality is distance 0 even for short inputs', () => {
  assert.equal(didYouMean('ios', ['iOS', 'macOS']), 'iOS');
});

test('fuzzy matches need at least 5 characters', () => {
  assert.equal(didYouMean('vpx', ['VPN']), undefined);
  assert.equal(didYouMean('VPNTpe', ['VPNType', 'VPNSubType']), 'VPNType');
});

test('threshold 2 by default, 3 on request', () => {
  const cands = ['packet-tunnel-provider'];
  assert.equal(didYouMean('paket-tunel-provder', cands), undefined);
  assert.equal(didYouMean('paket-tunel-provder', cands, { maxDistance: 3 }), 'packet-tunnel-provider');
});

test('input is trimmed; ties at the minimal distance give no suggestion', () => {
  assert.equal(didYouMean('  dns-proxyy ', ['dns-proxy']), 'dns-proxy');
  assert.equal(didYouMean('abcdeX', ['abcdeY', 'abcdeZ']), undefined);
  assert.equal(didYouMean('abcdeX', ['abcdeY', 'abcdeXY', 'abcdeY']), undefined);
});
