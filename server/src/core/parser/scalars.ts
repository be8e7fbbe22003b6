/**
 * Scalar formats (N26 `plist/invalid-value-format`) and typed accessors for rule authors. Integers go
 * through BigInt (64-bit values never pass through a JS number); dates must be calendar-valid.
 */
import type { PlistNode, ScalarNode } from '../model/plist';

const DECIMAL = /^[+-]?[0-9]+$/;
const HEX = /^([+-]?)0[xX]([0-9A-Fa-f]+)$/;
const REAL = /^[+-]?([0-9]+(\.[0-9]*)?|\.[0-9]+)([eE][+-]?[0-9]+)?$/;
const REAL_WORDS = new Set(['nan', 'inf', '+inf', '-inf', 'infinity', '+infinity', '-infinity']);
const DATE = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})Z$/;
const BASE64 = /^[A-Za-z0-9+/]*={0,2}$/;

/** Range CFPropertyList accepts: signed 64-bit, plus unsigned 64-bit for non-negative values. */
const MIN = -(2n ** 63n);
const MAX = 2n ** 64n - 1n;

/** Integer text → BigInt, or undefined when not an integer in range. */
export function parseIntegerText(raw: string): bigint | undefined {
  const s = raw.trim();
  let v: bigint;
  if (DECIMAL.test(s)) v = BigInt(s.replace(/^\+/, ''));
  else {
    const m = HEX.exec(s);
    if (!m) return undefined;
    v = BigInt(`0x${m[2]}`);
    if (m[1] === '-') v = -v;
  }
  return v >= MIN && v <= MAX ? v : undefined;
}

/** Why an integer text is invalid, or undefined when it is valid. */
export function integerProblem(raw: string): string | undefined {
  const s = raw.trim();
  if (s === '') return 'an empty <integer> is not a number';
  if (DECIMAL.test(s) || HEX.test(s)) {
    return parseIntegerText(s) === undefined ? 'the value does not fit in 64 bits' : undefined;
  }
  if (REAL.test(s)) return 'an <integer> cannot have a fraction or exponent';
  return 'not an integer';
}

export function realProblem(raw: string): string | undefined {
  const s = raw.trim();
  if (s === '') return 'an empty <real> is not a number';
  return REAL.test(s) || REAL_WORDS.has(s.toLowerCase()) ? undefined : 'not a real number';
}

function daysInMonth(y: number, m: number): number {
  return [31, y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0) ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m - 1];
}

/** `YYYY-MM-DDTHH:MM:SSZ` with a valid calendar date → Date, else undefined. */
export function parseDateText(raw: string): Date | undefined {
  const m = DATE.exec(raw.trim());
  if (!m) return undefined;
  const [y, mo, d, h, mi, s] = m.slice(1).map(Number);
  if (mo < 1 || mo > 12 || d < 1 || d > daysInMonth(y, mo) || h > 23 || mi > 59 || s > 59) return undefined;
  return new Date(Date.UTC(y, mo - 1, d, h, mi, s));
}

export function dateProblem(raw: string): string | undefined {
  const s = raw.trim();
  if (parseDateText(s)) return undefined;
  return DATE.test(s) ? 'not a valid calendar date/time' : 'dates must be written YYYY-MM-DDTHH:MM:SSZ';
}

/**
 * Another ISO 8601 form (date only, offset, fractional seconds) rewritten as `YYYY-MM-DDTHH:MM:SSZ` in UTC,
 * or undefined when it is not recognisably a date.
 */
export function normalizeIsoDate(raw: string): string | undefined {
  const s = raw.trim();
  const m = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?)?$/.exec(s);
  if (!m) return undefined;
  const [, y, mo, d, h = '00', mi = '00', sec = '00', zone = 'Z'] = m;
  if (!parseDateText(`${y}-${mo}-${d}T${h}:${mi}:${sec}Z`)) return undefined;
  let ms = Date.UTC(+y, +mo - 1, +d, +h, +mi, +sec);
  if (zone !== 'Z') {
    const z = /([+-])(\d{2}):?(\d{2})/.exec(zone)!;
    ms -= (z[1] === '-' ? -1 : 1) * (+z[2] * 60 + +z[3]) * 60000;
  }
  return new Date(ms).toISOString().replace(/\.\d{3}Z$/, 'Z');
}

export function dataProblem(raw: string): string | undefined {
  const s = raw.replace(/\s+/g, '');
  if (!BASE64.test(s)) return 'not valid base64 (allowed: A–Z a–z 0–9 + / and = padding)';
  if (s.length % 4 !== 0) return 'base64 length must be a multiple of 4';
  return undefined;
}

/** Why a boolean element's content is invalid (`<true>x</true>`), or undefined. */
export function booleanProblem(content: string): string | undefined {
  return /\S/.test(content) ? `<true/> and <false/> must be empty` : undefined;
}

/** The scalar's integer value, or undefined when it is not a valid `<integer>`. */
export function integerValue(node: PlistNode | null | undefined): bigint | undefined {
  return node && node.kind === 'integer' ? parseIntegerText(node.text) : undefined;
}

/** True only for `<true/>`. */
export function isTrue(node: PlistNode | null | undefined): boolean {
  return !!node && node.kind === 'boolean' && node.text === 'true';
}

/** True only for `<false/>`. */
export function isFalse(node: PlistNode | null | undefined): boolean {
  return !!node && node.kind === 'boolean' && node.text === 'false';
}

export function dateValue(node: PlistNode | null | undefined): Date | undefined {
  return node && node.kind === 'date' ? parseDateText(node.text) : undefined;
}

/** Decoded bytes of a valid `<data>` element. */
export function dataBytes(node: PlistNode | null | undefined): Uint8Array | undefined {
  if (!node || node.kind !== 'data' || dataProblem(node.text)) return undefined;
  return new Uint8Array(Buffer.from(node.text.replace(/\s+/g, ''), 'base64'));
}

/** Trimmed text of a string scalar, or undefined for any other node. */
export function stringValue(node: PlistNode | null | undefined): string | undefined {
  return node && node.kind === 'string' ? (node as ScalarNode).text : undefined;
}
