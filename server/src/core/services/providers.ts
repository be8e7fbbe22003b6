/**
 * Registries of hover and completion providers, one entry per domain module. Order = priority for hovers.
 */
import type { CompletionProvider, HoverProvider } from './types';
import { entitlementsCompletion, entitlementsHover } from './entitlements';

export const hoverProviders: HoverProvider[] = [entitlementsHover];

export const completionProviders: CompletionProvider[] = [entitlementsCompletion];
