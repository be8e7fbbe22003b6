import type { Rule } from '../types';

/** The `xfile/` rules, one per file in this folder. */
export const rules: Rule[] = [];
