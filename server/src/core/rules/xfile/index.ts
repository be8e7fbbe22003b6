import type { Rule } from '../types';
import { rule as hostMissingSystemExtensionInstall } from './host-missing-system-extension-install';
import { rule as neEntitlementMissingOnApp } from './ne-entitlement-missing-on-app';
import { rule as providerEntitlementMissing } from './provider-entitlement-missing';
import { rule as neValueFamilyMismatch } from './ne-value-family-mismatch';
import { rule as sysextUsageDescriptionOnlyInHost } from './sysext-usage-description-only-in-host';
import { rule as machserviceNotUnderAppGroup } from './machservice-not-under-app-group';
import { rule as sysextProviderClassesMissing } from './sysext-provider-classes-missing';
import { rule as devidRequiresSysextPackaging } from './devid-requires-sysext-packaging';
import { rule as vpnProviderTypeMismatch } from './vpn-provider-type-mismatch';
import { rule as providerBundleIdNotFound } from './provider-bundle-id-not-found';

/** The `xfile/` rules, one per file in this folder (catalog order). */
export const rules: Rule[] = [
  hostMissingSystemExtensionInstall,
  neEntitlementMissingOnApp,
  providerEntitlementMissing,
  neValueFamilyMismatch,
  sysextUsageDescriptionOnlyInHost,
  machserviceNotUnderAppGroup,
  sysextProviderClassesMissing,
  devidRequiresSysextPackaging,
  vpnProviderTypeMismatch,
  providerBundleIdNotFound,
];
