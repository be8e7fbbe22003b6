/** The report of a file above the size limit: not parsed, one info notice (core/engine/limits.ts). */
import type { FileReport } from './report';
import { kindFromFileName } from '../core/context/detectKind';
import { LineIndex } from '../core/text/lineIndex';
import { fileTooLargeDiagnostic } from '../core/engine/limits';

export function largeFileReport(path: string, size: number, limit: number): FileReport {
  return {
    path,
    kind: kindFromFileName(path) ?? 'plist',
    lineIndex: new LineIndex(''),
    diagnostics: [fileTooLargeDiagnostic(size, limit)],
  };
}
