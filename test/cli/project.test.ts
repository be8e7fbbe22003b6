/** `nelint check` with a project model: cross-file findings on examples/, `--now` for provisioning-profile expiry. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import { main } from '../../server/src/cli/main';

const EXAMPLES = path.resolve(__dirname, '../../examples');

async function codes(args: string[]): Promise<string[]> {
  let out = '';
  await main(['check', '--format', 'json', ...args, EXAMPLES], {
    out: (s) => (out += s),
    err: () => undefined,
    color: false,
  });
  return [...out.matchAll(/"code": ?"((?:xfile|provisioning)\/[a-z-]+)"/g)].map((m) => m[1]).sort();
}

test('examples/ shows at least three cross-file findings (N01, N12, N14)', async () => {
  const found = await codes([]);
  for (const c of [
    'provisioning/ne-suffix-mismatch',
    'xfile/sysext-usage-description-only-in-host',
    'xfile/machservice-not-under-app-group',
  ]) {
    assert.ok(found.includes(c), `${c} in ${found}`);
  }
  assert.ok(!found.includes('provisioning/profile-expired'));
});

test('--now after the profile expiry reports N25 on the profile and on the entitlements it signs', async () => {
  const found = await codes(['--now', '2040-01-01']);
  assert.equal(found.filter((c) => c === 'provisioning/profile-expired').length, 2);
});
