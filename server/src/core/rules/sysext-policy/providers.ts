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

function providersOf(type: string, dict: DictNode): (ProviderRef | undefined)[] {
  switch (type) {
    case 'com.apple.vpn.managed':
    case 'com.apple.vpn.managed.applayer':
      return ['VPN', 'TransparentProxy'].map((k) => {
        const sub = dict.map.get(k)?.value;
        return isDict(sub) ? ref(sub, 'ProviderBundleIdentifier', 'ProviderDesignatedRequirement') : undefined;
      });
    case 'com.apple.webcontent-filter':
      return [
        isTrue(dict.map.get('FilterSockets')?.value)
          ? ref(dict, 'FilterDataProviderBundleIdentifier', 'FilterDataProviderDesignatedRequirement')
          : undefined,
        isTrue(dict.map.get('FilterPackets')?.value)
          ? ref(dict, 'FilterPacketProviderBundleIdentifier', 'FilterPacketProviderDesignatedRequirement')
          : undefined,
      ];
    case 'com.apple.dnsProxy.managed':
      return [ref(dict, 'ProviderBundleIdentifier', 'ProviderDesignatedRequirement')];
    default:
      return [];
  }
}

export function neProviders(doc: PlistDocument): ProviderRef[] {
  const out: ProviderRef[] = [];
  for (const p of payloadsForRules(getProfileModel(doc))) {
    if (!p.type || p.type.variable) continue;
    for (const r of providersOf(p.type.value, p.dict)) if (r) out.push(r);
  }
  return out;
}
