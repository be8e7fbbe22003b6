/**
 * NE providers of a profile that a system-extension policy could pre-approve (catalog N52): the provider
 * bundle-identifier `<string>` and the `<string>` of its paired designated requirement, when present.
 */
import type { PlistDocument } from '../../model/document';
import type { DictNode, ScalarNode } from '../../model/plist';
import { isDict, isString } from '../../model/plist';
import { getProfileModel, payloadsForRules } from '../../knowledge/profileModel';
import { isTrue } from '../../parser/scalars';

export interface ProviderRef {
  bundle: ScalarNode;
  requirement?: ScalarNode;
}

function ref(dict: DictNode, bundleKey: string, requirementKey: string): ProviderRef | undefined {
  const bundle = dict.map.get(bundleKey)?.value;
  if (!isString(bundle)) return undefined;
  const req = dict.map.get(requirementKey)?.value;
  return { bundle, requirement: isString(req) ? req : undefined };
}

/** Appends the providers of one payload to `out`, in key order (no per-payload arrays: profiles can be huge). */
function addProviders(type: string, dict: DictNode, out: ProviderRef[]): void {
  switch (type) {
    case 'com.apple.vpn.managed':
    case 'com.apple.vpn.managed.applayer':
      add(out, subRef(dict, 'VPN'));
      add(out, subRef(dict, 'TransparentProxy'));
      return;
    case 'com.apple.webcontent-filter':
      if (isTrue(dict.map.get('FilterSockets')?.value)) {
        add(out, ref(dict, 'FilterDataProviderBundleIdentifier', 'FilterDataProviderDesignatedRequirement'));
      }
      if (isTrue(dict.map.get('FilterPackets')?.value)) {
        add(out, ref(dict, 'FilterPacketProviderBundleIdentifier', 'FilterPacketProviderDesignatedRequirement'));
      }
      return;
    case 'com.apple.dnsProxy.managed':
      add(out, ref(dict, 'ProviderBundleIdentifier', 'ProviderDesignatedRequirement'));
      return;
  }
}

function subRef(dict: DictNode, key: string): ProviderRef | undefined {
  const sub = dict.map.get(key)?.value;
  return isDict(sub) ? ref(sub, 'ProviderBundleIdentifier', 'ProviderDesignatedRequirement') : undefined;
}

function add(out: ProviderRef[], r: ProviderRef | undefined): void {
  if (r) out.push(r);
}

export function neProviders(doc: PlistDocument): ProviderRef[] {
  const out: ProviderRef[] = [];
  for (const p of payloadsForRules(getProfileModel(doc))) {
    if (!p.type || p.type.variable) continue;
    addProviders(p.type.value, p.dict, out);
  }
  return out;
}
