/**
 * Bytes ↔ text for XML plists: UTF-8 (BOM stripped and remembered), UTF-16 LE/BE with a BOM or sniffed
 * from `<?` without one, and the `encoding=` pseudo-attribute (any case). Invalid UTF-8 is reported at
 * its position rather than silently turned into garbage. `encodeText` round-trips byte-exact.
 */
import type { TextEncodingInfo } from '../model/document';
import type { SyntaxIssue } from '../model/xml';
import { NOT_WELL_FORMED } from './issues';

export interface DecodedText {
  text: string;
  encoding: TextEncodingInfo;
  issues: SyntaxIssue[];
}

/** Line ending of the first line break (`\n` when there is none). */
export function detectTextEol(text: string): '\n' | '\r\n' {
  const i = text.indexOf('\n');
  return i > 0 && text.charCodeAt(i - 1) === 13 ? '\r\n' : '\n';
}

function sniff(bytes: Uint8Array): { encoding: string; bom: number } {
  const [a, b, c, d] = bytes;
  if (a === 0xef && b === 0xbb && c === 0xbf) return { encoding: 'utf-8', bom: 3 };
  if (a === 0xff && b === 0xfe) return { encoding: 'utf-16le', bom: 2 };
  if (a === 0xfe && b === 0xff) return { encoding: 'utf-16be', bom: 2 };
  if (a === 0x3c && b === 0x00 && c === 0x3f && d === 0x00) return { encoding: 'utf-16le', bom: 0 };
  if (a === 0x00 && b === 0x3c && c === 0x00 && d === 0x3f) return { encoding: 'utf-16be', bom: 0 };
  return { encoding: 'utf-8', bom: 0 };
}

function decodeUtf16(bytes: Uint8Array, start: number, bigEndian: boolean): string {
  const n = (bytes.length - start) >> 1;
  const units = new Uint16Array(n);
  for (let i = 0, p = start; i < n; i++, p += 2) {
    units[i] = bigEndian ? (bytes[p] << 8) | bytes[p + 1] : bytes[p] | (bytes[p + 1] << 8);
  }
  let s = '';
  for (let i = 0; i < n; i += 8192) s += String.fromCharCode(...units.subarray(i, i + 8192));
  return s;
}

/** Length of the valid UTF-8 sequence at `i`, or 0 when the bytes there are invalid. */
function between(bytes: Uint8Array, j: number, lo: number, hi: number): boolean {
  return j < bytes.length && bytes[j] >= lo && bytes[j] <= hi;
}

function utf8SequenceLength(bytes: Uint8Array, i: number): number {
  const b = bytes[i];
  if (b < 0x80) return 1;
  // No closures here: this runs once per byte of a damaged file (1 MB of random bytes = a million calls).
  if (b >= 0xc2 && b <= 0xdf) return between(bytes, i + 1, 0x80, 0xbf) ? 2 : 0;
  if (b >= 0xe0 && b <= 0xef) {
    const lo = b === 0xe0 ? 0xa0 : 0x80;
    const hi = b === 0xed ? 0x9f : 0xbf;
    return between(bytes, i + 1, lo, hi) && between(bytes, i + 2, 0x80, 0xbf) ? 3 : 0;
  }
  if (b >= 0xf0 && b <= 0xf4) {
    const lo = b === 0xf0 ? 0x90 : 0x80;
    const hi = b === 0xf4 ? 0x8f : 0xbf;
    return between(bytes, i + 1, lo, hi) && between(bytes, i + 2, 0x80, 0xbf) && between(bytes, i + 3, 0x80, 0xbf)
      ? 4
      : 0;
  }
  return 0;
}

/** Decodes bytes known to be valid UTF-8; short runs by hand (a TextDecoder call per run is slow on noise). */
function decodeValidRun(
  decoder: { decode(bytes: Uint8Array): string },
  body: Uint8Array,
  from: number,
  to: number,
): string {
  if (to - from > 32) return decoder.decode(body.subarray(from, to));
  let out = '';
  let i = from;
  while (i < to) {
    const b = body[i];
    let cp: number;
    if (b < 0x80) cp = b;
    else if (b < 0xe0) cp = ((b & 0x1f) << 6) | (body[i + 1] & 0x3f);
    else if (b < 0xf0) cp = ((b & 0x0f) << 12) | ((body[i + 1] & 0x3f) << 6) | (body[i + 2] & 0x3f);
    else cp = ((b & 0x07) << 18) | ((body[i + 1] & 0x3f) << 12) | ((body[i + 2] & 0x3f) << 6) | (body[i + 3] & 0x3f);
    i += b < 0x80 ? 1 : b < 0xe0 ? 2 : b < 0xf0 ? 3 : 4;
    out += String.fromCodePoint(cp);
  }
  return out;
}

/** UTF-8 decoding that reports each invalid byte (decoded as U+FFFD) at its text offset. */
function decodeUtf8(bytes: Uint8Array, start: number, issues: SyntaxIssue[]): string {
  const decoder = new TextDecoder('utf-8', { fatal: false, ignoreBOM: true });
  const body = bytes.subarray(start);
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(body);
  } catch {
    // Fall through: find the invalid bytes one by one.
  }
  const parts: string[] = [];
  let length = 0;
  let chunk = 0;
  let i = 0;
  let reported = 0;
  while (i < body.length) {
    const n = utf8SequenceLength(body, i);
    if (n > 0) {
      i += n;
      continue;
    }
    const run = decodeValidRun(decoder, body, chunk, i);
    parts.push(run, '\ufffd');
    length += run.length;
    if (reported++ < 100) {
      issues.push({
        code: NOT_WELL_FORMED,
        start: length,
        end: length + 1,
        message: `invalid UTF-8 byte 0x${body[i].toString(16).toUpperCase().padStart(2, '0')} (the file is not valid UTF-8)`,
        data: { kind: 'invalid-utf8', byteOffset: start + i },
      });
    }
    length++;
    i++;
    chunk = i;
  }
  parts.push(decoder.decode(body.subarray(chunk)));
  return parts.join('');
}

/** The declared `encoding=` of an XML declaration at the start of the text, lower-cased. */
function declaredEncoding(text: string): { value: string; start: number; end: number } | undefined {
  const m = /^\s*<\?xml\s[^?>]*?encoding\s*=\s*(["'])([^"']*)\1/.exec(text);
  if (!m) return undefined;
  const end = m.index + m[0].length - 1;
  return { value: m[2].toLowerCase(), start: end - m[2].length, end };
}

const UTF8_NAMES = new Set(['utf-8', 'utf8', 'us-ascii', 'ascii']);
const UTF16_NAMES = new Set(['utf-16', 'utf-16le', 'utf-16be', 'utf16']);

export function decodeBytes(bytes: Uint8Array): DecodedText {
  const issues: SyntaxIssue[] = [];
  const { encoding, bom } = sniff(bytes);
  let text: string;
  if (encoding === 'utf-8') {
    text = decodeUtf8(bytes, bom, issues);
  } else {
    text = decodeUtf16(bytes, bom, encoding === 'utf-16be');
    if ((bytes.length - bom) % 2) {
      issues.push({
        code: NOT_WELL_FORMED,
        start: text.length,
        end: text.length,
        message: 'UTF-16 text has an odd number of bytes',
        data: { kind: 'odd-utf16' },
      });
    }
  }
  const declared = declaredEncoding(text);
  if (declared) {
    const family = UTF8_NAMES.has(declared.value) ? 'utf-8' : UTF16_NAMES.has(declared.value) ? 'utf-16' : undefined;
    // ASCII text reads the same in every such encoding: only warn when non-ASCII characters are present.
    if (!family && /[^\t\n\r\x20-\x7e]/.test(text)) {
      issues.push({
        code: NOT_WELL_FORMED,
        start: declared.start,
        end: declared.end,
        severity: 'warning',
        message: `encoding "${declared.value}" is not supported for property lists; the file was read as ${encoding.toUpperCase()}`,
        data: { kind: 'unsupported-encoding' },
      });
    }
  }
  return { text, encoding: { encoding, bom: bom > 0, eol: detectTextEol(text) }, issues };
}

function encodeUtf16(text: string, bom: boolean, bigEndian: boolean): Uint8Array {
  const off = bom ? 2 : 0;
  const out = new Uint8Array(off + text.length * 2);
  if (bom) out.set(bigEndian ? [0xfe, 0xff] : [0xff, 0xfe]);
  for (let i = 0; i < text.length; i++) {
    const u = text.charCodeAt(i);
    const p = off + i * 2;
    out[p] = bigEndian ? u >> 8 : u & 0xff;
    out[p + 1] = bigEndian ? u & 0xff : u >> 8;
  }
  return out;
}

/** Text → bytes in the file's original encoding (BOM re-added when it had one). */
export function encodeText(text: string, encoding: TextEncodingInfo): Uint8Array {
  if (encoding.encoding === 'utf-16le' || encoding.encoding === 'utf-16be') {
    return encodeUtf16(text, encoding.bom, encoding.encoding === 'utf-16be');
  }
  const body = new TextEncoder().encode(text);
  if (!encoding.bom) return body;
  const out = new Uint8Array(body.length + 3);
  out.set([0xef, 0xbb, 0xbf]);
  out.set(body, 3);
  return out;
}
