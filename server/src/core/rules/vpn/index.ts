import type { Rule } from '../types';

/** The `vpn/` rules, one per file in this folder. */
export const rules: Rule[] = [];
