import type { Rule } from '../types';
import { rule as neSuffixMismatch } from './ne-suffix-mismatch';
import { rule as entitlementNotAuthorized } from './entitlement-not-authorized';
import { rule as teamMismatch } from './team-mismatch';
import { rule as profileExpired } from './profile-expired';

/** The `provisioning/` rules, one per file in this folder. */
export const rules: Rule[] = [neSuffixMismatch, entitlementNotAuthorized, teamMismatch, profileExpired];
