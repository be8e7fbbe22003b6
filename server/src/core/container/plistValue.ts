/**
 * A neutral, position-free property-list value: what a binary plist or a CMS envelope decodes to before it
 * is rendered as XML (the XML text then goes through the ordinary parser, so rules see one tree shape).
 * Integers are BigInt because bplist carries 64-bit (and unsigned 64-bit) values that a JS number cannot hold.
 */

export type PlistValue =
  | { type: 'dict'; entries: Array<[key: string, value: PlistValue]> }
  | { type: 'array'; items: PlistValue[] }
  | { type: 'string'; value: string }
  | { type: 'integer'; value: bigint }
  /** `text` is how the real is written in XML (kept so rendering stays deterministic). */
  | { type: 'real'; value: number; text: string }
  | { type: 'boolean'; value: boolean }
  | { type: 'date'; value: Date }
  | { type: 'data'; value: Uint8Array }
  /** NSKeyedArchiver object reference; rendered as `<dict><key>CF$UID</key><integer>n</integer></dict>` like plutil. */
  | { type: 'uid'; value: bigint };

/** Text form of a real as CFPropertyList writes it: special values by name, otherwise the shortest round-trip form. */
export function realText(n: number): string {
  if (Number.isNaN(n)) return 'nan';
  if (n === Infinity) return '+infinity';
  if (n === -Infinity) return '-infinity';
  if (Object.is(n, -0)) return '-0';
  return String(n);
}
