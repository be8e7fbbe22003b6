/** Small value formats shared by several rules. T6 — UUID (catalog §1.12). */

/** Case-insensitive: lower-case UUIDs are valid. */
export const UUID_PATTERN = /^[0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{12}$/;

export function isUuid(s: string): boolean {
  return UUID_PATTERN.test(s);
}

/** Reverse-DNS remainder of an app group after its prefix (N22). */
export const REVERSE_DNS_PATTERN = /^[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)*$/;
