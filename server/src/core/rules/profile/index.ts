import type { Rule } from '../types';

/** The `profile/` rules, one per file in this folder. */
export const rules: Rule[] = [];
