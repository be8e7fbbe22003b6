import type { Rule } from '../types';
import { rule as identifierMismatch } from './identifier-mismatch';
import { rule as placeholderTeamId } from './placeholder-team-id';
import { rule as syntaxError } from './syntax-error';
import { rule as teamIdFormat } from './team-id-format';

/** The `requirement/` rules, one per file in this folder, in catalog order. */
export const rules: Rule[] = [identifierMismatch, placeholderTeamId, syntaxError, teamIdFormat];
