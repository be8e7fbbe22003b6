import { test } from 'node:test';
import assert from 'node:assert/strict';
import { decodeBinaryPlist } from '../../../server/src/core/container/bplist';
import type { PlistValue } from '../../../server/src/core/container/plistValue';
import { assemble, makeBinaryPlist } from '../../helpers/fixtures';

const every: PlistValue = {
  type: 'dict',
  entries: [
    ['str', { type: 'string', value: 'hello & <world>' }],
    ['utf16', { type: 'string', value: 'Grüße — 日本 😀' }],
    ['long', { type: 'string', value: 'x'.repeat(300) }],
    ['small', { type: 'integer', value: 7n }],
    ['u16', { type: 'integer', value: 65535n }],
    ['u32', { type: 'integer', value: 4294967295n }],
    ['neg', { type: 'integer', value: -1n }],
    ['min64', { type: 'integer', value: -(2n ** 63n) }],
    ['max64', { type: 'integer', value: 2n ** 63n - 1n }],
    ['umax64', { type: 'integer', value: 2n ** 64n - 1n }],
    ['real', { type: 'real', value: 1.5, text: '1.5' }],
    ['t', { type: 'boolean', value: true }],
    ['f', { type: 'boolean', value: false }],
    ['date', { type: 'date', value: new Date('2024-02-29T12:34:56Z') }],
    ['old', { type: 'date', value: new Date('1999-12-31T23:59:59Z') }],
    ['data', { type: 'data', value: new Uint8Array([0, 1, 2, 255]) }],
    ['uid', { type: 'uid', value: 42n }],
    [
      'arr',
      {
        type: 'array',
        items: [
          { type: 'array', items: [] },
          { type: 'dict', entries: [] },
        ],
      },
    ],
  ],
};

test('decodes every object type, 64-bit and unsigned 64-bit integers exactly', () => {
  const r = decodeBinaryPlist(makeBinaryPlist(every));
  assert.ok(r.ok, !r.ok ? r.reason : '');
  assert.deepEqual(r.value, every);
});

test('decodes with 2-byte object references and many objects', () => {
  const items: PlistValue[] = Array.from({ length: 300 }, (_, i) => ({ type: 'integer', value: BigInt(i) }));
  const v: PlistValue = { type: 'array', items };
  const r = decodeBinaryPlist(makeBinaryPlist(v));
  assert.ok(r.ok);
  assert.deepEqual(r.value, v);
});

test('decodes a set (0xC) as an array and a 4-byte real', () => {
  const real = Buffer.from([0x22, 0x3f, 0xc0, 0x00, 0x00]); // 1.5f
  const set = Buffer.from([0xc1, 0x01]);
  const r = decodeBinaryPlist(assemble([set, real], 1, 0));
  assert.ok(r.ok);
  assert.deepEqual(r.value, { type: 'array', items: [{ type: 'real', value: 1.5, text: '1.5' }] });
});

function reasonOf(bytes: Uint8Array): string {
  const r = decodeBinaryPlist(bytes);
  assert.equal(r.ok, false);
  return r.ok ? '' : r.reason;
}

test('every truncation of a valid file is an error, never a throw', () => {
  const full = makeBinaryPlist(every);
  for (let cut = 0; cut < full.length; cut++) reasonOf(full.subarray(0, cut));
});

test('reference cycles are reported', () => {
  const selfArray = Buffer.from([0xa1, 0x00]); // array containing itself
  assert.match(reasonOf(assemble([selfArray], 1, 0)), /cycle/);
  const a = Buffer.from([0xa1, 0x01]);
  const b = Buffer.from([0xa1, 0x00]);
  assert.match(reasonOf(assemble([a, b], 1, 0)), /cycle/);
});

test('out-of-range references and offsets are reported', () => {
  assert.match(reasonOf(assemble([Buffer.from([0xa1, 0x05])], 1, 0)), /out of range/);
  const bytes = assemble([Buffer.from([0x09])], 1, 0);
  bytes[bytes.length - 32 - 1] = 200; // offset table entry points past the object area
  assert.match(reasonOf(bytes), /out of range/);
});

test('huge counts fail fast without allocating', () => {
  const hugeArray = Buffer.from([0xaf, 0x13, 0x7f, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff]);
  const t0 = Date.now();
  reasonOf(assemble([hugeArray], 1, 0));
  const hugeString = Buffer.from([0x5f, 0x12, 0xff, 0xff, 0xff, 0xff]);
  reasonOf(assemble([hugeString], 1, 0));
  // A guard against allocating what the counts claim (seconds, or out of memory), not a speed measure.
  assert.ok(Date.now() - t0 < 5000);
});

test('shared-reference blow-up is capped', () => {
  // 40 levels, each an array referring twice to the next: 2^40 values if expanded naively.
  const objects: Buffer[] = [];
  for (let i = 0; i < 40; i++) objects.push(Buffer.from([0xa2, i + 1, i + 1]));
  objects.push(Buffer.from([0x09]));
  const t0 = Date.now();
  assert.match(reasonOf(assemble(objects, 1, 0)), /too many values|too deep/);
  assert.ok(Date.now() - t0 < 5000);
});

test('deep nesting is reported, not a stack overflow', () => {
  const n = 2000;
  const objects: Buffer[] = [];
  for (let i = 0; i < n; i++) {
    objects.push(Buffer.concat([Buffer.from([0xa1]), Buffer.from([(i + 1) >> 8, (i + 1) & 0xff])]));
  }
  objects.push(Buffer.from([0x09]));
  assert.match(reasonOf(assemble(objects, 2, 0)), /deep/);
});

test('bad trailer, non-string dict key, null object, random bytes', () => {
  const good = makeBinaryPlist({ type: 'boolean', value: true });
  const badTrailer = new Uint8Array(good);
  badTrailer[badTrailer.length - 32 + 6] = 0;
  reasonOf(badTrailer);
  assert.match(
    reasonOf(assemble([Buffer.from([0xd1, 0x01, 0x01]), Buffer.from([0x10, 0x01])], 1, 0)),
    /key is not a string/,
  );
  assert.match(reasonOf(assemble([Buffer.from([0x00])], 1, 0)), /unsupported/);
  let seed = 1;
  for (let i = 0; i < 200; i++) {
    const len = 40 + (i % 60);
    const b = new Uint8Array(len);
    for (let j = 0; j < len; j++) b[j] = (seed = (seed * 1103515245 + 12345) & 0x7fffffff) & 0xff;
    b.set(Buffer.from('bplist00'), 0);
    decodeBinaryPlist(b); // must return, ok or not
  }
});
