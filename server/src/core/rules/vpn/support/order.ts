/** `TransparentProxy › Order` conversions shared by N29's split fix and N37. */
import type { PlistNode } from '../../../model/plist';

/** True for `<integer>` values ≥ 1. */
export function isPositiveInteger(n: PlistNode): boolean {
  if (n.kind !== 'integer') return false;
  // The usual `<integer>3</integer>` is plain digits: positive when one of them is not 0 (no regex, no trim).
  const plain = plainDigits(n.text);
  if (plain !== undefined) return plain;
  return /^\+?0*[1-9][0-9]*$/.test(n.text.trim());
}

/** For a non-empty string of ASCII digits: whether a digit is non-zero; undefined for anything else. */
function plainDigits(t: string): boolean | undefined {
  if (t.length === 0) return undefined;
  let nonZero = false;
  for (let i = 0; i < t.length; i++) {
    const c = t.charCodeAt(i);
    if (c < 48 || c > 57) return undefined;
    if (c !== 48) nonZero = true;
  }
  return nonZero;
}

/** The lossless conversion to an integer, when one exists (`<string>N</string>`, `<real>N.0</real>`, N ≥ 1). */
export function orderAsIntegerText(n: PlistNode): string | undefined {
  if (n.kind === 'string' && /^[1-9][0-9]*$/.test(n.text.trim())) return n.text.trim();
  const m = n.kind === 'real' ? /^\+?([1-9][0-9]*)(?:\.0*)?$/.exec(n.text.trim()) : null;
  return m ? m[1] : undefined;
}
