/**
 * Registries of hover and completion providers, one entry per domain module. Order = priority for hovers.
 */
import type { CompletionProvider, HoverProvider } from './types';

export const hoverProviders: HoverProvider[] = [];

export const completionProviders: CompletionProvider[] = [];
