/** `TransparentProxy › Order` conversions shared by N29's split fix and N37. */
import type { PlistNode } from '../../../model/plist';

/** True for `<integer>` values ≥ 1. */
export function isPositiveInteger(n: PlistNode): boolean {
  return n.kind === 'integer' && /^\+?0*[1-9][0-9]*$/.test(n.text.trim());
}

/** The lossless conversion to an integer, when one exists (`<string>N</string>`, `<real>N.0</real>`, N ≥ 1). */
export function orderAsIntegerText(n: PlistNode): string | undefined {
  if (n.kind === 'string' && /^[1-9][0-9]*$/.test(n.text.trim())) return n.text.trim();
  const m = n.kind === 'real' ? /^\+?([1-9][0-9]*)(?:\.0*)?$/.exec(n.text.trim()) : null;
  return m ? m[1] : undefined;
}
