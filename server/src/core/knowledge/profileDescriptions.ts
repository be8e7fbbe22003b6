/**
 * nelint's own short descriptions of profile keys (data/profileDescriptions.json; not Apple's prose). Lookup by
 * payload type and key path (key names only, array levels omitted); `applayer` falls back to the VPN payload's
 * texts, `Payload*` keys to the common (or top-level) texts, then the `*` table of generic key names.
 */
import data from './data/profileDescriptions.json';
import { networkScopeTypes } from './profileSchema';

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
  if (keys.length === 1) {
    const envelope = table(payloadType === 'TopLevel' ? 'TopLevel' : 'common')?.[path];
    if (envelope) return envelope;
  }
  // Keys that mean the same everywhere (on-demand rules, IKE parameters, …): by `Parent/Key`, then by name.
  if (!networkScopeTypes().includes(payloadType)) return undefined;
  const generic = table('*');
  const tail = keys.slice(-2).join('/');
  return (keys.length > 1 ? generic?.[tail] : undefined) ?? generic?.[keys[keys.length - 1]];
}
