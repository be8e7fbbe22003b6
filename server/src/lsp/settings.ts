/** The `nelint.*` settings the server reads through `workspace/configuration`. */
import type { SchemaScope } from '../core/context/types';
import type { SeverityOrOff } from '../core/rules/types';
import { DEFAULT_MAX_FILE_SIZE } from '../core/engine/limits';

export interface ServerSettings {
  platform?: 'macos' | 'ios' | 'tvos' | 'visionos';
  distribution?: 'developer-id' | 'app-store' | 'development';
  rules: Record<string, SeverityOrOff>;
  schemaScope: SchemaScope;
  maxFileSize: number;
  docsBaseUrl?: string;
  /** `nelint.schemaPath`: an apple/device-management checkout to check profiles against (lsp/schemaSetting.ts). */
  schemaPath?: string;
}

export const DEFAULT_SETTINGS: ServerSettings = {
  rules: {},
  schemaScope: 'network',
  maxFileSize: DEFAULT_MAX_FILE_SIZE,
};

const PLATFORMS = ['macos', 'ios', 'tvos', 'visionos'];
const DISTRIBUTIONS = ['developer-id', 'app-store', 'development'];

/** Accepts whatever the client sends and keeps only well-typed values ("auto"/null mean unset). */
export function readSettings(raw: unknown): ServerSettings {
  const r = (typeof raw === 'object' && raw !== null ? raw : {}) as Record<string, unknown>;
  const profile = (typeof r.profile === 'object' && r.profile !== null ? r.profile : {}) as Record<string, unknown>;
  const rules: Record<string, SeverityOrOff> = {};
  if (typeof r.rules === 'object' && r.rules !== null) {
    for (const [k, v] of Object.entries(r.rules)) {
      if (['off', 'hint', 'info', 'warning', 'error'].includes(v as string)) rules[k] = v as SeverityOrOff;
    }
  }
  return {
    platform: PLATFORMS.includes(r.platform as string) ? (r.platform as ServerSettings['platform']) : undefined,
    distribution: DISTRIBUTIONS.includes(r.distribution as string)
      ? (r.distribution as ServerSettings['distribution'])
      : undefined,
    rules,
    schemaScope: profile.schemaScope === 'all' ? 'all' : 'network',
    maxFileSize: typeof r.maxFileSize === 'number' && r.maxFileSize > 0 ? r.maxFileSize : DEFAULT_SETTINGS.maxFileSize,
    docsBaseUrl: typeof r.docsBaseUrl === 'string' && r.docsBaseUrl ? r.docsBaseUrl : undefined,
    schemaPath: typeof r.schemaPath === 'string' && r.schemaPath.trim() ? r.schemaPath.trim() : undefined,
  };
}
