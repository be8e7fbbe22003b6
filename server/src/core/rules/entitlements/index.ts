import type { Rule } from '../types';

/** The `entitlements/` rules, one per file in this folder. */
export const rules: Rule[] = [];
