/** Offsets ↔ LSP at the edge: core diagnostics and fixes become LSP diagnostics and code actions. */
import type {
  CodeAction,
  Diagnostic as LspDiagnostic,
  DiagnosticSeverity,
  Range,
  TextEdit as LspTextEdit,
  WorkspaceEdit,
} from 'vscode-languageserver';
import { pathToFileURL } from 'node:url';
import type { Diagnostic } from '../core/engine/types';
import type { Fix, TextEdit } from '../core/rules/types';
import type { LineIndex } from '../core/text/lineIndex';

const SEVERITY: Record<Diagnostic['severity'], DiagnosticSeverity> = { error: 1, warning: 2, info: 3, hint: 4 };
const UNNECESSARY = 1;

export function pathToUri(path: string): string {
  return /^[a-z][a-z0-9+.-]*:/i.test(path) && !/^[a-z]:[\\/]/i.test(path) ? path : pathToFileURL(path).href;
}

export function toLspDiagnostic(d: Diagnostic): LspDiagnostic {
  return {
    range: d.range,
    severity: SEVERITY[d.severity],
    code: d.code,
    codeDescription: d.href ? { href: d.href } : undefined,
    source: 'nelint',
    message: d.message,
    ...(d.unnecessary ? { tags: [UNNECESSARY] } : {}),
    ...(d.related.length
      ? {
          relatedInformation: d.related.map((r) => ({
            location: { uri: pathToUri(r.path), range: r.range },
            message: r.message,
          })),
        }
      : {}),
    data: { id: d.id, ...(d.data ?? {}) },
  };
}

export function toLspEdits(li: LineIndex, edits: TextEdit[]): LspTextEdit[] {
  return edits.map((e) => ({
    range: { start: li.positionAt(e.start), end: li.positionAt(e.end) },
    newText: e.newText,
  }));
}

export function sameRange(a: Range, b: Range): boolean {
  return (
    a.start.line === b.start.line &&
    a.start.character === b.start.character &&
    a.end.line === b.end.line &&
    a.end.character === b.end.character
  );
}

export function fixToCodeAction(
  fix: Fix,
  uri: string,
  li: LineIndex,
  diagnostic: LspDiagnostic | undefined,
  otherFileLineIndex: (path: string) => LineIndex | undefined,
): CodeAction {
  const changes: Record<string, LspTextEdit[]> = {};
  if (fix.edits.length) changes[uri] = toLspEdits(li, fix.edits);
  for (const other of fix.otherFiles ?? []) {
    const oli = otherFileLineIndex(other.path);
    if (oli) changes[pathToUri(other.path)] = toLspEdits(oli, other.edits);
  }
  let edit: WorkspaceEdit | undefined = Object.keys(changes).length ? { changes } : undefined;
  if (fix.createFiles?.length) {
    // Creating files needs `documentChanges`: create (never overwrite), then insert the content.
    const zero = { line: 0, character: 0 };
    edit = {
      documentChanges: [
        ...Object.entries(changes).map(([u, edits]) => ({ textDocument: { uri: u, version: null }, edits })),
        ...fix.createFiles.flatMap((f) => [
          { kind: 'create' as const, uri: pathToUri(f.path), options: { ignoreIfExists: true } },
          {
            textDocument: { uri: pathToUri(f.path), version: null },
            edits: [{ range: { start: zero, end: zero }, newText: f.text }],
          },
        ]),
      ],
    };
  }
  return {
    title: fix.title,
    kind: 'quickfix',
    ...(diagnostic ? { diagnostics: [diagnostic] } : {}),
    ...(fix.preferred ? { isPreferred: true } : {}),
    ...(edit ? { edit } : {}),
    ...(fix.command
      ? { command: { title: fix.title, command: fix.command.id, arguments: fix.command.arguments } }
      : {}),
  };
}
