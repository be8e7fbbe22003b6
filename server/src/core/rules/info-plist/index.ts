import type { Rule } from '../types';
import { rule as sysextUsageDescriptionMissing } from './sysext-usage-description-missing';
import { rule as sysextUsageDescriptionEmpty } from './sysext-usage-description-empty';
import { rule as packageTypeMismatch } from './package-type-mismatch';
import { rule as networkextensionDictMalformed } from './networkextension-dict-malformed';
import { rule as unknownExtensionPoint } from './unknown-extension-point';
import { rule as nsextensionIncomplete } from './nsextension-incomplete';
import { rule as misplacedKey } from './misplaced-key';

/** The `info-plist/` rules, one per file in this folder, in catalog order. */
export const rules: Rule[] = [
  sysextUsageDescriptionMissing, // N11
  sysextUsageDescriptionEmpty, // N13
  packageTypeMismatch, // N15
  networkextensionDictMalformed, // N17
  unknownExtensionPoint, // N18
  nsextensionIncomplete, // N20
  misplacedKey, // N21
];
