import type { Rule } from '../types';

/** The `requirement/` rules, one per file in this folder. */
export const rules: Rule[] = [];
