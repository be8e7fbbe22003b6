import type { Rule } from '../types';

/** The `provisioning/` rules, one per file in this folder. */
export const rules: Rule[] = [];
