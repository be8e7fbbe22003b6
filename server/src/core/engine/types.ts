import type { Position } from '../text/lineIndex';
import type { Fix, Severity, SeverityOrOff } from '../rules/types';
import type { Distribution, Platform, SchemaScope } from '../context/types';
import type { NelintConfig } from '../project/config';
import type { ProjectView } from '../project/types';

export interface Range {
  start: Position;
  end: Position;
}

/** A diagnostic as the engine returns it: offsets for the core, positions for the shells. */
export interface Diagnostic {
  /** Catalog id, e.g. `N02`. */
  id: string;
  code: string;
  source: 'nelint';
  severity: Severity;
  message: string;
  start: number;
  end: number;
  range: Range;
  /** `codeDescription.href`. */
  href: string;
  related: { path: string; start: number; end: number; range: Range; message: string }[];
  fixes: Fix[];
  data?: Record<string, unknown>;
  unnecessary?: boolean;
}

/** Inputs that shape context and severities (everything optional). */
export interface LintOptions {
  /** CLI `--platform` / `--distribution` (tier 1, below in-file directives). */
  platform?: Exclude<Platform, 'unknown'>;
  distribution?: Exclude<Distribution, 'unknown'>;
  /** Editor settings `nelint.platform` / `nelint.distribution` (tier 1, below nelint.json). */
  settings?: {
    platform?: Exclude<Platform, 'unknown'>;
    distribution?: Exclude<Distribution, 'unknown'>;
    rules?: Record<string, SeverityOrOff>;
    schemaScope?: SchemaScope;
  };
  /** Loaded `nelint.json` and the directory it was found in (globs are relative to it). */
  config?: { config: NelintConfig; dir: string };
  /** CLI `--rule code=level` (highest precedence). */
  rules?: Record<string, SeverityOrOff>;
  /** Project view for cross-file rules, supplied by the project model. */
  project?: ProjectView;
  /** Base of `codeDescription.href` (default: the bundled rule docs). */
  docsBaseUrl?: string;
  now?: Date;
}
