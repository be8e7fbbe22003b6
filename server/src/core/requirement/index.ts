/** Apple's code-signing requirement language: parser and queries (catalog N33–N36). */
export * from './ast';
export { parseRequirement } from './parser';
export { tokenize, type Token } from './lexer';
export { clauses, unconditionalIdentifier, teamValues, hasAppleAnchor, type ClauseVisit } from './query';
