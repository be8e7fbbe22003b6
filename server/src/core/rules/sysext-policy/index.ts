import type { Rule } from '../types';

/** The `sysext-policy/` rules, one per file in this folder. */
export const rules: Rule[] = [];
