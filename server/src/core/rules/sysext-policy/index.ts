import type { Rule } from '../types';
import { rule as teamIdFormat } from './team-id-format';
import { rule as teamInAllowedTeamsAndExtensions } from './team-in-allowed-teams-and-extensions';
import { rule as unknownExtensionType } from './unknown-extension-type';
import { rule as providerNotApproved } from './provider-not-approved';
import { rule as removableAndNonremovableOverlap } from './removable-and-nonremovable-overlap';

/** The `sysext-policy/` rules, one per file in this folder, in catalog order. */
export const rules: Rule[] = [
  teamIdFormat,
  teamInAllowedTeamsAndExtensions,
  unknownExtensionType,
  providerNotApproved,
  removableAndNonremovableOverlap,
];
