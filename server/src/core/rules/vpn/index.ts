import type { Rule } from '../types';
import { rule as transparentProxyArray } from './transparent-proxy-array';
import { rule as subtypeMissing } from './subtype-missing';
import { rule as typeDictionaryMissing } from './type-dictionary-missing';
import { rule as providerIdentityMissing } from './provider-identity-missing';
import { rule as orderNotPositiveInteger } from './order-not-positive-integer';
import { rule as transparentProxyProviderType } from './transparent-proxy-provider-type';
import { rule as transparentProxyRequiresMacos14 } from './transparent-proxy-requires-macos-14';
import { rule as integerFlagAsBoolean } from './integer-flag-as-boolean';
import { rule as applayerVpnuuidMissing } from './applayer-vpnuuid-missing';
import { rule as vpnuuidUnresolved } from './vpnuuid-unresolved';
import { rule as vpnuuidFormat } from './vpnuuid-format';

/** The `vpn/` rules, one per file in this folder, in catalog order. */
export const rules: Rule[] = [
  transparentProxyArray,
  subtypeMissing,
  typeDictionaryMissing,
  providerIdentityMissing,
  orderNotPositiveInteger,
  transparentProxyProviderType,
  transparentProxyRequiresMacos14,
  integerFlagAsBoolean,
  applayerVpnuuidMissing,
  vpnuuidUnresolved,
  vpnuuidFormat,
];
