import type { Rule } from '../types';

/** The `plist/` rules, one per file in this folder. */
export const rules: Rule[] = [];
