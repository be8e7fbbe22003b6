/** Damaged containers: a real binary plist and a real CMS-signed profile, truncated or with flipped bytes. */
import fc from 'fast-check';
import type { PlistValue } from '../../server/src/core/container/plistValue';
import { makeBinaryPlist, makeSignedPlist, provisioningProfileXml } from '../helpers/fixtures';
import type { FuzzCase } from './inputs';

const s = (value: string): PlistValue => ({ type: 'string', value });

export function containerBlobs(): FuzzCase[] {
  const entitlements: PlistValue = {
    type: 'dict',
    entries: [
      [
        'com.apple.developer.networking.networkextension',
        { type: 'array', items: [s('app-proxy-provider-systemextension'), s('dns-proxy')] },
      ],
      ['com.apple.developer.team-identifier', s('ABCDE12345')],
      ['count', { type: 'integer', value: 7n }],
      ['flag', { type: 'boolean', value: true }],
      ['blob', { type: 'data', value: new Uint8Array([1, 2, 3, 4, 5]) }],
      ['when', { type: 'date', value: new Date(Date.UTC(2025, 0, 1)) }],
      ['ratio', { type: 'real', value: 0.5, text: '0.5' }],
      ['unicode', s('\u00e9\u{1F600}')],
    ],
  };
  const bplist = makeBinaryPlist(entitlements);
  return [
    { path: 'App.entitlements', input: bplist },
    { path: 'Test.mobileprovision', input: makeSignedPlist(provisioningProfileXml()) },
    { path: 'Signed.mobileconfig', input: makeSignedPlist(bplist) },
  ];
}

/** One of the blobs, truncated, with a few bytes flipped, or both. */
export function damagedContainer(blobs: FuzzCase[]): fc.Arbitrary<FuzzCase> {
  return fc
    .record({
      blob: fc.constantFrom(...blobs),
      cut: fc.option(fc.nat(), { nil: undefined }),
      flips: fc.array(fc.tuple(fc.nat(), fc.integer({ min: 1, max: 255 })), { maxLength: 4 }),
    })
    .map(({ blob, cut, flips }) => {
      const src = blob.input as Uint8Array;
      const bytes = src.slice(0, cut === undefined ? src.length : cut % (src.length + 1));
      for (const [at, x] of flips) if (bytes.length) bytes[at % bytes.length] ^= x;
      return { path: blob.path, input: bytes };
    });
}
