/**
 * The size limit shared by the CLI (`--max-file-size`) and the language server (`nelint.maxFileSize`): files above
 * it are not parsed, and the report carries one info notice instead of a hang. `nelint/file-too-large` is outside
 * the rule catalog's families on purpose: it is about nelint, not about the file's content.
 */
import type { Diagnostic } from './types';

export const DEFAULT_MAX_FILE_SIZE = 50 * 1024 * 1024;
export const FILE_TOO_LARGE = 'nelint/file-too-large';

export function fileTooLargeDiagnostic(size: number, limit: number): Diagnostic {
  const zero = { line: 0, character: 0 };
  return {
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
  };
}
