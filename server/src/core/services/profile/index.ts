/** Profile editor features: hover, completion (registered in services/providers.ts), UUID navigation, outline. */
export { profileHover } from './hover';
export { profileCompletion } from './completion';
export { findUuidReferences } from './references';
export type { UuidReferences, UuidOccurrence, UuidKind } from './references';
export { profileOutline } from './outline';
export type { OutlineSymbol } from './outline';
export { PAYLOAD_SNIPPETS, PROFILE_ENVELOPE_SNIPPET, instantiate } from './snippets';
