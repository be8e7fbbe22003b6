/** Outline, folding, and UUID navigation (definition, references, rename) — adapters over core services. */
import type { ServerState } from './server';

export function registerNavigation(_state: ServerState): void {
  // Wired once the core services land (document symbols, folding ranges, UUID references).
}
