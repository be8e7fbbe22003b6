/**
 * nelint's own short descriptions of profile keys (data/profileDescriptions.json; not Apple's prose). Lookup by
 * payload type and key path (key names only, array levels omitted); `applayer` falls back to the VPN payload's
 * texts, `Payload*` keys to the common (or top-level) texts.
 */
import data from './data/profileDescriptions.json';

const TABLE = data as unknown as Record<string, Record<string, string> | string>;

function table(name: string): Record<string, string> | undefined {
  const t = TABLE[name];
  return typeof t === 'object' ? t : undefined;
}

const FALLBACK: Record<string, string> = { 'com.apple.vpn.managed.applayer': 'com.apple.vpn.managed' };

/** `payloadType` is `'TopLevel'` for the root dict. `keys` are the dict keys from the payload down. */
export function describeProfileKey(payloadType: string, keys: readonly string[]): string | undefined {
  const path = keys.join('/');
  const own = table(payloadType)?.[path];
  if (own) return own;
  const base = FALLBACK[payloadType];
  if (base && table(base)?.[path]) return table(base)![path];
  if (keys.length === 1) return table(payloadType === 'TopLevel' ? 'TopLevel' : 'common')?.[path];
  return undefined;
}
