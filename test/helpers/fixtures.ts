/**
 * Test-side generators for container fixtures, so no opaque blob is committed:
 * - `makeBinaryPlist(value)`: a small `bplist00` writer (no object sharing; every object type incl. 64-bit
 *   and unsigned-64-bit integers, UIDs, UTF-16 strings).
 * - `makeSignedPlist(xml)`: CMS SignedData (`openssl cms -sign -nodetach -binary -outform DER`) with a
 *   throwaway self-signed certificate whose subject CN is "Apple Distribution: Test Team (ABCDE12345)".
 * - `provisioningProfileXml(...)`: a provisioning-profile-shaped plist (Developer ID by default).
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { PlistValue } from '../../server/src/core/container/plistValue';
import { signWithPkijs } from './pkijsSigner';

export const TEST_SIGNER_CN = 'Apple Distribution: Test Team (ABCDE12345)';

// ---------------------------------------------------------------- binary plist writer

export interface BplistOptions {
  /** Object reference size in bytes (default: the smallest that fits). */
  refSize?: number;
}

const MAC_EPOCH_MS = Date.UTC(2001, 0, 1);

export function makeBinaryPlist(value: PlistValue, opts: BplistOptions = {}): Uint8Array {
  const objects: Uint8Array[] = [];
  // Flatten breadth-first so references are known before encoding containers.
  const flat: PlistValue[] = [];
  const children = new Map<number, number[]>();
  const queue: PlistValue[] = [value];
  while (queue.length) {
    const v = queue.shift()!;
    const id = flat.length;
    flat.push(v);
    const kids: PlistValue[] =
      v.type === 'array'
        ? v.items
        : v.type === 'dict'
          ? [...v.entries.map(([k]) => ({ type: 'string', value: k }) as PlistValue), ...v.entries.map(([, x]) => x)]
          : [];
    const ids: number[] = [];
    for (const k of kids) {
      ids.push(flat.length + queue.length);
      queue.push(k);
    }
    children.set(id, ids);
  }
  const refSize = opts.refSize ?? (flat.length < 256 ? 1 : flat.length < 65536 ? 2 : 4);
  flat.forEach((v, id) => objects.push(encodeObject(v, children.get(id)!, refSize)));
  return assemble(objects, refSize, 0);
}

/** Puts objects, offset table and trailer together; exported for hostile-input tests. */
export function assemble(objects: Uint8Array[], refSize: number, top: number): Uint8Array {
  const header = Buffer.from('bplist00', 'latin1');
  const offsets: number[] = [];
  let at = header.length;
  for (const o of objects) {
    offsets.push(at);
    at += o.length;
  }
  const tableOffset = at;
  const offsetSize = tableOffset < 256 ? 1 : tableOffset < 65536 ? 2 : 4;
  const table = Buffer.concat(offsets.map((o) => uintBE(o, offsetSize)));
  const trailer = Buffer.alloc(32);
  trailer[6] = offsetSize;
  trailer[7] = refSize;
  trailer.writeBigUInt64BE(BigInt(objects.length), 8);
  trailer.writeBigUInt64BE(BigInt(top), 16);
  trailer.writeBigUInt64BE(BigInt(tableOffset), 24);
  return new Uint8Array(Buffer.concat([header, ...objects, table, trailer]));
}

function uintBE(n: number, size: number): Buffer {
  const b = Buffer.alloc(size);
  for (let i = size - 1; i >= 0; i--) {
    b[i] = n % 256;
    n = Math.floor(n / 256);
  }
  return b;
}

function marker(kind: number, count: number): Buffer {
  if (count < 15) return Buffer.from([(kind << 4) | count]);
  return Buffer.concat([Buffer.from([(kind << 4) | 0x0f]), encodeInt(BigInt(count))]);
}

function encodeInt(n: bigint): Buffer {
  if (n >= 0n && n < 256n) return Buffer.from([0x10, Number(n)]);
  if (n >= 0n && n < 65536n) return Buffer.concat([Buffer.from([0x11]), uintBE(Number(n), 2)]);
  if (n >= 0n && n < 2n ** 32n) return Buffer.concat([Buffer.from([0x12]), uintBE(Number(n), 4)]);
  if (n >= -(2n ** 63n) && n < 2n ** 63n) {
    const b = Buffer.alloc(9);
    b[0] = 0x13;
    b.writeBigInt64BE(n, 1);
    return b;
  }
  const b = Buffer.alloc(17); // CF writes unsigned 64-bit values above INT64_MAX as 16-byte integers
  b[0] = 0x14;
  b.writeBigUInt64BE(n >> 64n, 1);
  b.writeBigUInt64BE(n & (2n ** 64n - 1n), 9);
  return b;
}

function encodeObject(v: PlistValue, refs: number[], refSize: number): Uint8Array {
  const refBytes = () => Buffer.concat(refs.map((r) => uintBE(r, refSize)));
  switch (v.type) {
    case 'boolean':
      return Buffer.from([v.value ? 0x09 : 0x08]);
    case 'integer':
      return encodeInt(v.value);
    case 'real': {
      const b = Buffer.alloc(9);
      b[0] = 0x23;
      b.writeDoubleBE(v.value, 1);
      return b;
    }
    case 'date': {
      const b = Buffer.alloc(9);
      b[0] = 0x33;
      b.writeDoubleBE((v.value.getTime() - MAC_EPOCH_MS) / 1000, 1);
      return b;
    }
    case 'data':
      return Buffer.concat([marker(0x4, v.value.length), Buffer.from(v.value)]);
    case 'string': {
      if ([...v.value].every((c) => c.charCodeAt(0) < 0x80)) {
        return Buffer.concat([marker(0x5, v.value.length), Buffer.from(v.value, 'latin1')]);
      }
      const le = Buffer.from(v.value, 'utf16le');
      return Buffer.concat([marker(0x6, v.value.length), le.swap16()]);
    }
    case 'uid': {
      const size = v.value < 256n ? 1 : v.value < 65536n ? 2 : 4;
      return Buffer.concat([Buffer.from([0x80 | (size - 1)]), uintBE(Number(v.value), size)]);
    }
    case 'array':
      return Buffer.concat([marker(0xa, refs.length), refBytes()]);
    case 'dict':
      return Buffer.concat([marker(0xd, v.entries.length), refBytes()]);
  }
}

// ---------------------------------------------------------------- CMS SignedData via openssl

let signer: { dir: string; cert: string; key: string } | undefined;

function testSigner(): { dir: string; cert: string; key: string } {
  if (signer) return signer;
  const dir = mkdtempSync(path.join(tmpdir(), 'nelint-cms-'));
  const cert = path.join(dir, 'cert.pem');
  const key = path.join(dir, 'key.pem');
  execFileSync(
    'openssl',
    [
      'req',
      '-x509',
      '-newkey',
      'rsa:2048',
      '-nodes',
      '-days',
      '2',
      '-subj',
      `/CN=${TEST_SIGNER_CN}`,
      '-keyout',
      key,
      '-out',
      cert,
    ],
    { stdio: 'pipe' },
  );
  signer = { dir, cert, key };
  return signer;
}

export interface SignOptions {
  /** Detached signature (no encapsulated content): must be unreadable. */
  detached?: boolean;
  /** BER indefinite-length output with a constructed (chunked) eContent OCTET STRING (`-stream`). */
  stream?: boolean;
}

let opensslPresent: boolean | undefined;

/** True when an `openssl` binary can be run (otherwise CMS fixtures are built with pkijs). */
export function hasOpenssl(): boolean {
  opensslPresent ??= spawnSync('openssl', ['version'], { stdio: 'ignore' }).status === 0;
  return opensslPresent;
}

/**
 * Signs `content` (XML text or raw bytes, e.g. a binary plist) as CMS SignedData, DER/BER: with
 * `openssl cms` when available, else with pkijs (test/helpers/pkijsSigner.ts).
 */
export function makeSignedPlist(content: string | Uint8Array, opts: SignOptions = {}): Uint8Array {
  const bytes = typeof content === 'string' ? new Uint8Array(Buffer.from(content, 'utf8')) : content;
  if (!hasOpenssl()) return signWithPkijs(bytes, TEST_SIGNER_CN, opts);
  const s = testSigner();
  const input = path.join(s.dir, 'content.bin');
  const output = path.join(s.dir, 'signed.der');
  writeFileSync(input, bytes);
  const args = [
    'cms',
    '-sign',
    '-binary',
    '-outform',
    'DER',
    '-in',
    input,
    '-signer',
    s.cert,
    '-inkey',
    s.key,
    '-out',
    output,
  ];
  if (!opts.detached) args.push('-nodetach');
  if (opts.stream) args.push('-stream');
  execFileSync('openssl', args, { stdio: 'pipe' });
  return new Uint8Array(readFileSync(output));
}

// ---------------------------------------------------------------- provisioning-profile-shaped XML

export interface ProfileShape {
  name?: string;
  platform?: string[];
  provisionsAllDevices?: boolean;
  provisionedDevices?: string[];
  team?: string;
  expiration?: string;
  entitlements?: string;
}

export function provisioningProfileXml(p: ProfileShape = {}): string {
  const team = p.team ?? 'ABCDE12345';
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<!DOCTYPE plist PUBLIC "-//Apple//DTD PLIST 1.0//EN" "http://www.apple.com/DTDs/PropertyList-1.0.dtd">',
    '<plist version="1.0">',
    '<dict>',
    '\t<key>AppIDName</key>',
    '\t<string>Test App</string>',
    '\t<key>CreationDate</key>',
    '\t<date>2025-01-01T00:00:00Z</date>',
    '\t<key>Platform</key>',
    '\t<array>',
    ...(p.platform ?? ['OSX']).map((x) => `\t\t<string>${x}</string>`),
    '\t</array>',
    '\t<key>Entitlements</key>',
    '\t<dict>',
    p.entitlements ??
      [
        '\t\t<key>com.apple.application-identifier</key>',
        `\t\t<string>${team}.com.example.app</string>`,
        '\t\t<key>com.apple.developer.networking.networkextension</key>',
        '\t\t<array>',
        '\t\t\t<string>packet-tunnel-provider-systemextension</string>',
        '\t\t</array>',
        '\t\t<key>com.apple.developer.team-identifier</key>',
        `\t\t<string>${team}</string>`,
      ].join('\n'),
    '\t</dict>',
    '\t<key>ExpirationDate</key>',
    `\t<date>${p.expiration ?? '2044-01-01T00:00:00Z'}</date>`,
    '\t<key>Name</key>',
    `\t<string>${p.name ?? 'Test Developer ID'}</string>`,
    ...(p.provisionedDevices
      ? [
          '\t<key>ProvisionedDevices</key>',
          '\t<array>',
          ...p.provisionedDevices.map((d) => `\t\t<string>${d}</string>`),
          '\t</array>',
        ]
      : []),
    ...((p.provisionsAllDevices ?? true) ? ['\t<key>ProvisionsAllDevices</key>', '\t<true/>'] : []),
    '\t<key>TeamIdentifier</key>',
    '\t<array>',
    `\t\t<string>${team}</string>`,
    '\t</array>',
    '\t<key>TeamName</key>',
    '\t<string>Test Team</string>',
    '\t<key>UUID</key>',
    '\t<string>5B7A1C3E-1111-4222-8333-944455556666</string>',
    '\t<key>Version</key>',
    '\t<integer>1</integer>',
    '</dict>',
    '</plist>',
    '',
  ];
  return lines.join('\n');
}
