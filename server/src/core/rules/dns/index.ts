import type { Rule } from '../types';

/** The `dns/` rules, one per file in this folder. */
export const rules: Rule[] = [];
