/**
 * A 10,000-payload profile validates in linear time: identity checks go through the payload model's Maps (one
 * bucket per UUID / identifier), and the whole file is validated once. No timing assertion (the benchmark measures
 * time); the test checks the behaviour that only a map-based implementation gets right at this size.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadDocumentFromText } from '../../../../server/src/core/engine/loadDocument';
import { getProfileModel } from '../../../../server/src/core/knowledge/profileModel';
import { envelope, lintProfile, onlyCode, profile, vpnPayload } from './profileTestKit';

const N = 10_000;

function bigProfile(): string {
  const payloads: string[] = [];
  for (let i = 0; i < N; i++) {
    const uuid = `D0000000-0000-4000-8000-${String(i).padStart(12, '0')}`;
    if (i % 2) payloads.push(vpnPayload('', { uuid, id: `com.example.vpn.${i}` }));
    else payloads.push(envelope('com.apple.security.root', { uuid, id: `com.example.root.${i}` }));
  }
  // Two deliberate duplicates at the very end.
  payloads.push(
    envelope('com.apple.security.pem', { uuid: 'D0000000-0000-4000-8000-000000000007', id: 'com.example.vpn.7' }),
  );
  return profile(payloads);
}

test('10,000 payloads: the model indexes every payload, duplicates are found once each', () => {
  const text = bigProfile();
  const model = getProfileModel(loadDocumentFromText('big.mobileconfig', text));
  assert.equal(model.payloads.length, N + 1);
  assert.equal(model.byUuid.size, N + 1); // root + N distinct
  assert.equal(model.byType.get('com.apple.vpn.managed')?.length, N / 2);
  const diags = lintProfile(text).filter((d) => d.code.startsWith('profile/'));
  assert.deepEqual(diags.map((d) => d.code).sort(), [
    'profile/duplicate-payload-identifier',
    'profile/duplicate-payload-uuid',
  ]);
  assert.equal(
    onlyCode(diags, 'profile/duplicate-payload-uuid')[0].start,
    text.lastIndexOf('D0000000-0000-4000-8000-000000000007'),
  );
});
