import type { Rule } from './types';
import { rules as plist } from './plist';
import { rules as entitlements } from './entitlements';
import { rules as infoPlist } from './info-plist';
import { rules as profile } from './profile';
import { rules as vpn } from './vpn';
import { rules as filter } from './filter';
import { rules as dns } from './dns';
import { rules as relay } from './relay';
import { rules as sysextPolicy } from './sysext-policy';
import { rules as requirement } from './requirement';
import { rules as xfile } from './xfile';
import { rules as provisioning } from './provisioning';

/** Every rule nelint implements, in catalog order within each family. */
export const allRules: readonly Rule[] = [
  ...plist,
  ...entitlements,
  ...infoPlist,
  ...profile,
  ...vpn,
  ...filter,
  ...dns,
  ...relay,
  ...sysextPolicy,
  ...requirement,
  ...xfile,
  ...provisioning,
];

export function ruleByCode(code: string): Rule | undefined {
  return allRules.find((r) => r.meta.code === code);
}
