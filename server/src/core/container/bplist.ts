/**
 * `bplist00` decoder (CFBinaryPList format).
 *
 * Why our own decoder and not the npm `bplist-parser` package: that package turns 8-byte integers into JS
 * numbers (losing digits above 2^53, and mis-signing negative 64-bit values), has no limits against hostile
 * input (reference cycles, shared-reference blow-up, huge counts) and throws arbitrary errors. The format is
 * small; this decoder keeps integers as BigInt and reports every problem as a `DecodeResult` reason.
 *
 * Layout: 8-byte header, objects, offset table, 32-byte trailer
 * (6 unused bytes, offset int size, object ref size, object count, top object, offset table offset).
 */
import { realText, type PlistValue } from './plistValue';

export type DecodeResult = { ok: true; value: PlistValue } | { ok: false; reason: string };

/** Deeper nesting than any real plist; guards the recursive decoder and the renderer's stack. */
const MAX_DEPTH = 512;
/**
 * Decoded values allowed, counting shared references each time (stops "billion laughs" expansion): a base
 * budget plus a generous multiple of the object count (CF's writer shares equal strings and numbers).
 */
const BASE_VALUES = 200_000;
const VALUES_PER_OBJECT = 16;
/** Total string/data payload bytes, counting shared references each time. */
const MAX_PAYLOAD = 64 * 1024 * 1024;
/** Seconds between 1970-01-01 and the Mac epoch 2001-01-01. */
const MAC_EPOCH_OFFSET = 978_307_200;
/** Largest |ms| a JS Date accepts. */
const MAX_DATE_MS = 8.64e15;

class BplistError extends Error {}

function fail(reason: string): never {
  throw new BplistError(reason);
}

export function isBinaryPlist(bytes: Uint8Array): boolean {
  return bytes.length >= 8 && String.fromCharCode(...bytes.subarray(0, 8)) === 'bplist00';
}

export function decodeBinaryPlist(bytes: Uint8Array): DecodeResult {
  try {
    return { ok: true, value: new Decoder(bytes).decode() };
  } catch (e) {
    if (e instanceof BplistError) return { ok: false, reason: e.message };
    // RangeError from a DataView read past the end etc.: still a broken file, never a crash.
    return { ok: false, reason: `binary property list is corrupt (${(e as Error).message})` };
  }
}

class Decoder {
  private readonly view: DataView;
  private offsetSize = 0;
  private refSize = 0;
  private objectCount = 0;
  private tableOffset = 0;
  private readonly inProgress = new Set<number>();
  private values = 0;
  private maxValues = BASE_VALUES;
  private payload = 0;

  constructor(private readonly bytes: Uint8Array) {
    this.view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  }

  decode(): PlistValue {
    const b = this.bytes;
    if (!isBinaryPlist(b)) fail('not a binary property list (no bplist00 header)');
    if (b.length < 8 + 1 + 32) fail('binary property list is truncated (shorter than header and trailer)');
    const t = b.length - 32;
    this.offsetSize = b[t + 6];
    this.refSize = b[t + 7];
    const count = this.view.getBigUint64(t + 8);
    const top = this.view.getBigUint64(t + 16);
    const table = this.view.getBigUint64(t + 24);
    if (this.offsetSize < 1 || this.offsetSize > 8 || this.refSize < 1 || this.refSize > 8) {
      fail('binary property list is truncated or corrupt (invalid trailer)');
    }
    if (count < 1n || top >= count) fail('binary property list is corrupt (invalid object count or top object)');
    if (table < 9n || table + count * BigInt(this.offsetSize) > BigInt(t)) {
      fail('binary property list is truncated or corrupt (offset table out of range)');
    }
    this.objectCount = Number(count);
    this.tableOffset = Number(table);
    this.maxValues = BASE_VALUES + VALUES_PER_OBJECT * this.objectCount;
    return this.object(Number(top), 0);
  }

  private uint(at: number, size: number): number {
    if (at + size > this.bytes.length) fail('binary property list is truncated');
    let n = 0;
    for (let i = 0; i < size; i++) n = n * 256 + this.bytes[at + i];
    return n;
  }

  private objectOffset(ref: number): number {
    if (ref >= this.objectCount) fail(`binary property list is corrupt (object reference ${ref} out of range)`);
    const off = this.uint(this.tableOffset + ref * this.offsetSize, this.offsetSize);
    if (off < 8 || off >= this.tableOffset) fail(`binary property list is corrupt (object offset ${off} out of range)`);
    return off;
  }

  private object(ref: number, depth: number): PlistValue {
    if (depth > MAX_DEPTH) fail('binary property list nests too deeply');
    if (++this.values > this.maxValues) fail('binary property list expands to too many values');
    if (this.inProgress.has(ref)) fail('binary property list is corrupt (reference cycle)');
    this.inProgress.add(ref);
    try {
      return this.read(this.objectOffset(ref), depth);
    } finally {
      this.inProgress.delete(ref);
    }
  }

  /** Reads a marker's count: the low nibble, or (nibble 0xF) an integer object that follows. */
  private count(at: number): { count: number; start: number } {
    const info = this.bytes[at] & 0x0f;
    if (info !== 0x0f) return { count: info, start: at + 1 };
    const m = this.bytes[at + 1];
    if (m === undefined || m >> 4 !== 0x1 || (m & 0x0f) > 3) fail('binary property list is corrupt (bad length)');
    const size = 1 << (m & 0x0f);
    return { count: this.uint(at + 2, size), start: at + 2 + size };
  }

  /** Bounds-checks `count * unit` bytes starting at `start` (before any allocation). */
  private span(start: number, count: number, unit: number): void {
    if (start + count * unit > this.tableOffset) {
      fail('binary property list is truncated or corrupt (object extends past the object area)');
    }
  }

  private read(at: number, depth: number): PlistValue {
    const marker = this.bytes[at];
    const kind = marker >> 4;
    const info = marker & 0x0f;
    switch (kind) {
      case 0x0:
        if (marker === 0x08) return { type: 'boolean', value: false };
        if (marker === 0x09) return { type: 'boolean', value: true };
        return fail(`binary property list has an unsupported object (marker 0x${hex(marker)})`);
      case 0x1:
        return { type: 'integer', value: this.integer(at + 1, info) };
      case 0x2:
        return this.real(at + 1, info);
      case 0x3:
        if (marker !== 0x33) fail(`binary property list has an unsupported object (marker 0x${hex(marker)})`);
        return { type: 'date', value: this.date(at + 1) };
      case 0x4:
        return { type: 'data', value: this.data(at) };
      case 0x5:
        return { type: 'string', value: this.ascii(at) };
      case 0x6:
        return { type: 'string', value: this.utf16(at) };
      case 0x8:
        return { type: 'uid', value: this.unsigned(at + 1, info + 1) };
      case 0xa:
      case 0xb:
      case 0xc:
        return { type: 'array', items: this.refs(at).map((r) => this.object(r, depth + 1)) };
      case 0xd:
        return this.dict(at, depth);
      default:
        return fail(`binary property list has an unsupported object (marker 0x${hex(marker)})`);
    }
  }

  /** 1-, 2- and 4-byte integers are unsigned, 8-byte ones signed, 16-byte ones signed 128-bit (CF writes
   *  unsigned 64-bit values above INT64_MAX that way). */
  private integer(at: number, info: number): bigint {
    if (info > 4) fail('binary property list is corrupt (integer size)');
    const size = 1 << info;
    const n = this.unsigned(at, size);
    if (size >= 8) return BigInt.asIntN(size * 8, n);
    return n;
  }

  private unsigned(at: number, size: number): bigint {
    if (at + size > this.tableOffset) fail('binary property list is truncated');
    let n = 0n;
    for (let i = 0; i < size; i++) n = (n << 8n) | BigInt(this.bytes[at + i]);
    return n;
  }

  private real(at: number, info: number): PlistValue {
    if (info !== 2 && info !== 3) fail('binary property list is corrupt (real size)');
    this.span(at, 1, 1 << info);
    const value = info === 2 ? this.view.getFloat32(at) : this.view.getFloat64(at);
    return { type: 'real', value, text: realText(value) };
  }

  private date(at: number): Date {
    this.span(at, 1, 8);
    const ms = (this.view.getFloat64(at) + MAC_EPOCH_OFFSET) * 1000;
    if (!Number.isFinite(ms) || Math.abs(ms) > MAX_DATE_MS) fail('binary property list has a date out of range');
    return new Date(ms);
  }

  private data(at: number): Uint8Array {
    const { count, start } = this.count(at);
    this.span(start, count, 1);
    this.addPayload(count);
    return this.bytes.slice(start, start + count);
  }

  private ascii(at: number): string {
    const { count, start } = this.count(at);
    this.span(start, count, 1);
    this.addPayload(count);
    // latin1 maps each byte to one code unit (bytes above 0x7F do not occur in CF's ASCII strings).
    return Buffer.from(this.bytes.buffer, this.bytes.byteOffset + start, count).toString('latin1');
  }

  private utf16(at: number): string {
    const { count, start } = this.count(at);
    this.span(start, count, 2);
    this.addPayload(count * 2);
    // Big-endian on disk; swap a copy and decode as UTF-16LE (lone surrogates are kept as code units).
    return Buffer.from(this.bytes.subarray(start, start + 2 * count))
      .swap16()
      .toString('utf16le');
  }

  private refs(at: number): number[] {
    const { count, start } = this.count(at);
    this.span(start, count, this.refSize);
    const out = new Array<number>(count);
    for (let i = 0; i < count; i++) out[i] = this.uint(start + i * this.refSize, this.refSize);
    return out;
  }

  private dict(at: number, depth: number): PlistValue {
    const { count, start } = this.count(at);
    this.span(start, count, 2 * this.refSize);
    const entries: Array<[string, PlistValue]> = [];
    for (let i = 0; i < count; i++) {
      const keyRef = this.uint(start + i * this.refSize, this.refSize);
      const valueRef = this.uint(start + (count + i) * this.refSize, this.refSize);
      const key = this.object(keyRef, depth + 1);
      if (key.type !== 'string') fail('binary property list is corrupt (dictionary key is not a string)');
      entries.push([key.value, this.object(valueRef, depth + 1)]);
    }
    return { type: 'dict', entries };
  }

  private addPayload(n: number): void {
    this.payload += n;
    if (this.payload > MAX_PAYLOAD) fail('binary property list expands to too much data');
  }
}

function hex(n: number): string {
  return n.toString(16).padStart(2, '0');
}
