/** Entitlements editor features: hover on keys/values and completion (registered in services/providers.ts). */
export { entitlementsHover } from './hover';
export { entitlementsCompletion } from './completion';
