/**
 * The context a file is evaluated in (catalog §1.8–§1.9): platform, distribution and role, each with the
 * tier it came from, so rules can apply "silent when unknown" and "at most hint when weak".
 */
import type { FileKind } from '../model/document';
import type { VariableLookup } from '../text/buildVariables';

export type Platform = 'macos' | 'ios' | 'tvos' | 'visionos' | 'unknown';
export type Distribution = 'developer-id' | 'app-store' | 'development' | 'unknown';
export type Role = 'app' | 'system-extension' | 'app-extension' | 'unknown';
export type Confidence = 'strong' | 'weak' | 'none';
export type SchemaScope = 'network' | 'all';

export interface ContextValue<T> {
  value: T;
  /** Catalog tier that decided the value (1 = explicit …); 0 when unknown. */
  tier: number;
  confidence: Confidence;
  /** Human-readable origin, e.g. `directive`, `--platform`, `nelint.json`, `setting`, `content: -systemextension value`. */
  source: string;
}

export interface FileContext {
  kind: FileKind;
  /** How the kind was decided: `directive`, `nelint.json`, `file name`, `content`. */
  kindSource: string;
  platform: ContextValue<Platform>;
  distribution: ContextValue<Distribution>;
  role: ContextValue<Role>;
  /** Minimum OS versions when known (nelint.json `minimumOS`, Info.plist `LSMinimumSystemVersion`). */
  minimumOS: Partial<Record<'macos' | 'ios' | 'tvos' | 'visionos', string>>;
  schemaScope: SchemaScope;
  /** Team ID when known (nelint.json `team`, build settings, provisioning profile). */
  team?: string;
  /** Resolves build settings for `$(…)` variables; returns undefined when unknown. */
  lookupVariable: VariableLookup;
  /** "Now", injectable for tests (provisioning-profile expiry). */
  now: Date;
  /** Name of the configuration being evaluated (cross-file rules), when a project model is used. */
  configuration?: string;
  /** Target name when the file belongs to a target of the project model. */
  target?: string;
}

export const PLATFORMS: readonly Platform[] = ['macos', 'ios', 'tvos', 'visionos'];
export const DISTRIBUTIONS: readonly Distribution[] = ['developer-id', 'app-store', 'development'];
