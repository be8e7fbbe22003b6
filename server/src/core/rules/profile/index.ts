import type { Rule } from '../types';
import { rule as topLevelPayloadType } from './top-level-payload-type';
import { rule as payloadVersionInvalid } from './payload-version-invalid';
import { rule as envelopeKeyMissing } from './envelope-key-missing';
import { rule as duplicatePayloadUuid } from './duplicate-payload-uuid';
import { rule as payloadUuidFormat } from './payload-uuid-format';
import { rule as duplicatePayloadIdentifier } from './duplicate-payload-identifier';
import { rule as certificateUuidUnresolved } from './certificate-uuid-unresolved';
import { rule as requiredKeyMissing } from './required-key-missing';
import { rule as valueTypeMismatch } from './value-type-mismatch';
import { rule as valueNotInRangelist } from './value-not-in-rangelist';
import { rule as unknownKey } from './unknown-key';
import { rule as unavailableOnPlatform } from './unavailable-on-platform';
import { rule as unknownPayloadType } from './unknown-payload-type';

/** The `profile/` rules, one per file in this folder, in catalog order (N61–N73). */
export const rules: Rule[] = [
  topLevelPayloadType,
  payloadVersionInvalid,
  envelopeKeyMissing,
  duplicatePayloadUuid,
  payloadUuidFormat,
  duplicatePayloadIdentifier,
  certificateUuidUnresolved,
  requiredKeyMissing,
  valueTypeMismatch,
  valueNotInRangelist,
  unknownKey,
  unavailableOnPlatform,
  unknownPayloadType,
];
