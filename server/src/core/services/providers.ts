/**
 * Registries of hover and completion providers, one entry per domain module. Order = priority for hovers.
 */
import type { CompletionProvider, HoverProvider } from './types';
import { entitlementsCompletion, entitlementsHover } from './entitlements';
import { infoPlistCompletion } from './infoPlist/completion';
import { infoPlistHover } from './infoPlist/hover';
import { profileCompletion, profileHover } from './profile';

export const hoverProviders: HoverProvider[] = [entitlementsHover, infoPlistHover, profileHover];

export const completionProviders: CompletionProvider[] = [entitlementsCompletion, infoPlistCompletion, profileCompletion];
