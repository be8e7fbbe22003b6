/**
 * Registries of hover and completion providers, one entry per domain module. Order = priority for hovers.
 */
import type { CompletionProvider, HoverProvider } from './types';
import { entitlementsCompletion, entitlementsHover } from './entitlements';
import { infoPlistCompletion } from './infoPlist/completion';
import { infoPlistHover } from './infoPlist/hover';
import { profileCompletion, profileHover } from './profile';
import { provisioningHover } from './provisioning/hover';

export const hoverProviders: HoverProvider[] = [entitlementsHover, infoPlistHover, profileHover, provisioningHover];

export const completionProviders: CompletionProvider[] = [
  entitlementsCompletion,
  infoPlistCompletion,
  profileCompletion,
];
