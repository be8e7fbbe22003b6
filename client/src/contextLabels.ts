/**
 * Text for the context status bar item (pure, unit-tested): "macOS · Developer ID" plus a tooltip that says
 * where each value came from (directive, setting, nelint.json, provisioning profile, inferred from content).
 */
import type { FileContextResult } from '../../server/src/lsp/protocol';

const PLATFORM: Record<string, string> = {
  macos: 'macOS',
  ios: 'iOS',
  tvos: 'tvOS',
  visionos: 'visionOS',
  unknown: 'any platform',
};

const DISTRIBUTION: Record<string, string> = {
  'developer-id': 'Developer ID',
  'app-store': 'App Store',
  development: 'Development',
  unknown: 'any distribution',
};

export function platformLabel(value: string): string {
  return PLATFORM[value] ?? value;
}

export function distributionLabel(value: string): string {
  return DISTRIBUTION[value] ?? value;
}

export function statusText(ctx: FileContextResult): string {
  return `$(shield) ${platformLabel(ctx.platform.value)} · ${distributionLabel(ctx.distribution.value)}`;
}

export function statusTooltip(ctx: FileContextResult): string {
  const weak = ctx.distribution.confidence === 'weak' ? ' (weak: only hints are reported)' : '';
  return [
    `nelint context for this ${ctx.kind} file`,
    `Platform: ${platformLabel(ctx.platform.value)} — from ${ctx.platform.source || 'nothing (unknown)'}`,
    `Distribution: ${distributionLabel(ctx.distribution.value)} — from ${ctx.distribution.source || 'nothing (unknown)'}${weak}`,
    `Role: ${ctx.role.value} — from ${ctx.role.source || 'nothing (unknown)'}`,
    '',
    'Click to change.',
  ].join('\n');
}

/** The in-file directive (catalog §1.14) that pins a context value. */
export function directiveText(settings: { platform?: string; distribution?: string }): string {
  const parts = Object.entries(settings)
    .filter(([, v]) => v)
    .map(([k, v]) => `${k}=${v}`);
  return `<!-- nelint: ${parts.join(' ')} -->`;
}

/** Offset where a directive goes: after the XML declaration and DOCTYPE if present, else at the start. */
export function directiveInsertOffset(text: string): { offset: number; prefix: string; suffix: string } {
  const eol = text.includes('\r\n') ? '\r\n' : '\n';
  const m = /^\uFEFF?\s*(<\?xml[^>]*\?>)?\s*(<!DOCTYPE[^>]*>)?/.exec(text);
  const end = m && (m[1] || m[2]) ? m[0].length : 0;
  if (end === 0) return { offset: text.startsWith('\uFEFF') ? 1 : 0, prefix: '', suffix: eol };
  return { offset: end, prefix: eol, suffix: '' };
}
