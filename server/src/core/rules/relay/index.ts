import type { Rule } from '../types';
import { rule as relayUrlMissing } from './relay-url-missing';
import { rule as relayUrlInvalid } from './relay-url-invalid';
import { rule as domainMatchedAndExcluded } from './domain-matched-and-excluded';

/** The `relay/` rules, one per file in this folder, in catalog order. */
export const rules: Rule[] = [relayUrlMissing, relayUrlInvalid, domainMatchedAndExcluded];
