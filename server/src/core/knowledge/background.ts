/**
 * Background facts (not from the seed posts; each names its source), keyed by rule code or by entitlement
 * value. Hovers label them "Background" so they are never mistaken for quoted guidance.
 */
import data from './data/background.json';

export interface BackgroundFact {
  text: string;
  source: string;
}

const RULES = data.rules as Record<string, BackgroundFact[]>;
const VALUES = data.values as Record<string, BackgroundFact[]>;

export function ruleBackground(code: string): readonly BackgroundFact[] {
  return RULES[code] ?? [];
}

export function valueBackground(value: string): readonly BackgroundFact[] {
  return VALUES[value] ?? [];
}
