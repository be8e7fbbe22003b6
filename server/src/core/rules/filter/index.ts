import type { Rule } from '../types';

/** The `filter/` rules, one per file in this folder. */
export const rules: Rule[] = [];
