/** What `nelint check` produces per file, before formatting. */
import type { Diagnostic } from '../core/engine/types';
import type { FileKind } from '../core/model/document';
import type { LineIndex } from '../core/text/lineIndex';

export interface FileReport {
  /** The path as given or found (relative to the cwd when it was given relative). */
  path: string;
  kind: FileKind;
  diagnostics: Diagnostic[];
  /** To turn fix offsets into regions (SARIF). */
  lineIndex?: LineIndex;
}

export interface Summary {
  files: number;
  errors: number;
  warnings: number;
  infos: number;
  hints: number;
}

export function summarize(files: FileReport[]): Summary {
  const s: Summary = { files: files.length, errors: 0, warnings: 0, infos: 0, hints: 0 };
  for (const f of files) {
    for (const d of f.diagnostics) {
      if (d.severity === 'error') s.errors++;
      else if (d.severity === 'warning') s.warnings++;
      else if (d.severity === 'info') s.infos++;
      else s.hints++;
    }
  }
  return s;
}
