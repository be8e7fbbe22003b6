import type { Rule } from '../types';
import { rule as neDevidRequiresSystemextensionSuffix } from './ne-devid-requires-systemextension-suffix';
import { rule as neSystemextensionSuffixOutsideDevid } from './ne-systemextension-suffix-outside-devid';
import { rule as neValueUnknown } from './ne-value-unknown';
import { rule as neValuePlatformUnsupported } from './ne-value-platform-unsupported';
import { rule as wrongValueType } from './wrong-value-type';
import { rule as appGroupInvalidFormat } from './app-group-invalid-format';
import { rule as systemExtensionInstallMisplaced } from './system-extension-install-misplaced';

/** The `entitlements/` rules, one per file in this folder, in catalog order. */
export const rules: Rule[] = [
  neDevidRequiresSystemextensionSuffix,
  neSystemextensionSuffixOutsideDevid,
  neValueUnknown,
  neValuePlatformUnsupported,
  wrongValueType,
  appGroupInvalidFormat,
  systemExtensionInstallMisplaced,
];
