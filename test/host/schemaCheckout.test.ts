/** Reading an apple/device-management checkout into a schema table (`nelint.schemaPath`, the generator). */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { readSchemaCheckout, SchemaCheckoutError } from '../../server/src/host/schemaCheckout';
import { schemaTableJson } from '../../server/src/core/knowledge/schemaTable';
import { sharedDir } from '../helpers/shared';
import { FUTURE_KEY, writeSchemaCheckout } from '../helpers/schemaCheckout';

test('a checkout: payload types, keys with type, presence, rangelist (aliases resolved) and availability', () => {
  const table = readSchemaCheckout(writeSchemaCheckout());
  assert.deepEqual(Object.keys(table.payloads), ['com.apple.vpn.managed']);
  const vpn = table.payloads['com.apple.vpn.managed'];
  assert.deepEqual(vpn.sources, ['VPN.yaml']);
  assert.deepEqual(vpn.supportedOS, { ios: { introduced: '4.0' }, macos: { introduced: '10.7' } });
  const byKey = new Map(vpn.keys.map((k) => [k.key, k]));
  assert.deepEqual(byKey.get('VPNType'), {
    key: 'VPNType',
    type: 'string',
    required: true,
    rangelist: ['IKEv2', 'TransparentProxy'],
  });
  assert.deepEqual(byKey.get(FUTURE_KEY), {
    key: FUTURE_KEY,
    type: 'string',
    supportedOS: { macos: { introduced: '27.0' } },
  });
  assert.deepEqual(
    table.topLevel.keys.map((k) => k.key),
    ['PayloadContent', 'PayloadDisplayName', 'PayloadIdentifier', 'PayloadType', 'PayloadUUID', 'PayloadVersion'],
  );
});

test('the release names the checkout: its path, and the commit git HEAD points at', () => {
  const dir = writeSchemaCheckout();
  assert.equal(readSchemaCheckout(dir).release, `checkout ${dir}`);
  const commit = 'a'.repeat(40);
  mkdirSync(join(dir, '.git', 'refs', 'heads'), { recursive: true });
  writeFileSync(join(dir, '.git', 'HEAD'), 'ref: refs/heads/main\n');
  writeFileSync(join(dir, '.git', 'refs', 'heads', 'main'), `${commit}\n`);
  const table = readSchemaCheckout(dir);
  assert.equal(table.release, `checkout ${dir} (commit ${commit.slice(0, 12)})`);
  assert.equal(table.commit, commit);
});

test('not a checkout, broken YAML, an alias bomb: SchemaCheckoutError saying which file', () => {
  assert.throws(
    () => readSchemaCheckout('/nonexistent/dm'),
    (e) => e instanceof SchemaCheckoutError && /mdm\/profiles/.test(e.message),
  );
  const noTop = writeSchemaCheckout();
  writeFileSync(join(noTop, 'mdm/profiles/TopLevel.yaml'), 'title: nothing\n');
  assert.throws(
    () => readSchemaCheckout(noTop),
    (e) => e instanceof SchemaCheckoutError && /TopLevel/.test(e.message),
  );
  const broken = writeSchemaCheckout({ 'Broken.yaml': 'payload: [unclosed\n' });
  assert.throws(
    () => readSchemaCheckout(broken),
    (e) => e instanceof SchemaCheckoutError && /Broken\.yaml/.test(e.message),
  );
  // Nine levels of nine aliases each: 9^9 nodes if expanded.
  const levels = ['a: &a [x, x, x, x, x, x, x, x, x]'];
  for (let i = 1; i < 9; i++) {
    const name = 'b'.repeat(i);
    const prev = i === 1 ? '*a' : `*${'b'.repeat(i - 1)}`;
    levels.push(`${name}: &${name} [${Array(9).fill(prev).join(', ')}]`);
  }
  const bomb = writeSchemaCheckout({ 'Bomb.yaml': `${levels.join('\n')}\n` });
  assert.throws(
    () => readSchemaCheckout(bomb),
    (e) => e instanceof SchemaCheckoutError && /Bomb\.yaml/.test(e.message),
  );
});

test('the shared mirror of the pinned release reads into exactly the bundled table', (t) => {
  const dm = sharedDir(t, 'device-management');
  if (!dm) return;
  const bundled = readFileSync(join(__dirname, '../../server/src/core/knowledge/generated/profileSchema.json'), 'utf8');
  assert.equal(schemaTableJson(readSchemaCheckout(dm)), bundled);
});
