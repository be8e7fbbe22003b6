/**
 * Files above the size limit are not parsed: the report carries one info notice instead of a hang.
 * `nelint/file-too-large` is outside the rule catalog's families on purpose: it is about nelint, not the file.
 */
import type { FileReport } from './report';
import { kindFromFileName } from '../core/context/detectKind';
import { LineIndex } from '../core/text/lineIndex';

export const FILE_TOO_LARGE = 'nelint/file-too-large';

export function largeFileReport(path: string, size: number, limit: number): FileReport {
  const zero = { line: 0, character: 0 };
  return {
    path,
    kind: kindFromFileName(path) ?? 'plist',
    lineIndex: new LineIndex(''),
    diagnostics: [
      {
        id: 'N00',
        code: FILE_TOO_LARGE,
        source: 'nelint',
        severity: 'info',
        message: `File not checked: ${size} bytes is above the limit of ${limit} bytes (--max-file-size / nelint.maxFileSize).`,
        start: 0,
        end: 0,
        range: { start: zero, end: zero },
        href: '',
        related: [],
        fixes: [],
      },
    ],
  };
}
