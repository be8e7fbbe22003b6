import type { Rule } from '../types';
import { rule as invalidValueFormat } from './invalid-value-format';
import { rule as duplicateKey } from './duplicate-key';
import { rule as xmlNotWellFormed } from './xml-not-well-formed';
import { rule as doubleHyphenInComment } from './double-hyphen-in-comment';
import { rule as contentBeforeXmlDeclaration } from './content-before-xml-declaration';
import { rule as invalidStructure } from './invalid-structure';
import { rule as decodedContainer } from './decoded-container';
import { rule as unreadableContainer } from './unreadable-container';

/** The `plist/` rules, one per file in this folder, in catalog order. */
export const rules: Rule[] = [
  invalidValueFormat, // N26
  duplicateKey, // N27
  xmlNotWellFormed, // N28
  doubleHyphenInComment, // N76
  contentBeforeXmlDeclaration, // N77
  invalidStructure, // N78
  decodedContainer, // N79
  unreadableContainer, // N80
];
