import type { Rule } from '../types';

/** The `relay/` rules, one per file in this folder. */
export const rules: Rule[] = [];
