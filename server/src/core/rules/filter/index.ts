import type { Rule } from '../types';
import { rule as pluginTypeRequiredOnMacos } from './plugin-type-required-on-macos';
import { rule as pluginRequiredKeyMissing } from './plugin-required-key-missing';
import { rule as noFilterEnabled } from './no-filter-enabled';
import { rule as providerIdentityMissing } from './provider-identity-missing';

/** The `filter/` rules, one per file in this folder, in catalog order. */
export const rules: Rule[] = [
  pluginTypeRequiredOnMacos,
  pluginRequiredKeyMissing,
  noFilterEnabled,
  providerIdentityMissing,
];
