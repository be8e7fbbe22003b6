/** Outline, folding, and UUID navigation (definition, references, rename) — adapters over core services. */
import type { DocumentSymbol, FoldingRange, Location, SymbolKind, WorkspaceEdit } from 'vscode-languageserver';
import { findDocumentSymbols } from '../core/services/documentSymbols';
import type { SymbolNode } from '../core/services/documentSymbols';
import { getFoldingRanges } from '../core/services/foldingRanges';
import { findUuidReferences } from '../core/services/profile';
import type { PlistDocument } from '../core/model/document';
import type { LineIndex } from '../core/text/lineIndex';
import { isUuid } from '../core/knowledge/formats';
import { normalizePath } from '../core/project/paths';
import type { ServerState } from './server';
import { runSafe } from './server';
import { pathToUri, toLspEdits } from './convert';

const SYMBOL_KIND: Record<string, SymbolKind> = {
  dict: 19, // Object
  array: 18, // Array
  string: 15, // String
  integer: 16, // Number
  real: 16,
  boolean: 17, // Boolean
  date: 15,
  data: 15,
};

function toSymbol(li: LineIndex, s: SymbolNode): DocumentSymbol {
  return {
    name: s.name || ' ',
    detail: s.detail,
    kind: SYMBOL_KIND[s.kind] ?? 15,
    range: { start: li.positionAt(s.start), end: li.positionAt(s.end) },
    selectionRange: { start: li.positionAt(s.selectionStart), end: li.positionAt(s.selectionEnd) },
    children: s.children.map((c) => toSymbol(li, c)),
  };
}

function location(doc: PlistDocument, start: number, end: number): Location {
  const li = doc.lineIndex;
  return { uri: pathToUri(doc.path), range: { start: li.positionAt(start), end: li.positionAt(end) } };
}

export function registerNavigation(state: ServerState): void {
  const { connection } = state;
  // Other profiles: the open ones (current text) and the project's profiles from the workspace index.
  const profilesOpen = (except: string): PlistDocument[] => {
    const open = state.documents
      .all()
      .filter((td) => td.uri !== except)
      .map((td) => state.analyze(td.uri))
      .filter((a) => a && a.file.kind === 'profile')
      .map((a) => a!.doc);
    const self = state.analyze(except)?.doc.path;
    const seen = new Set([self, ...open.map((d) => d.path)].filter((p): p is string => !!p).map(normalizePath));
    const project = (state.workspace?.profilesFor(except) ?? []).filter((d) => !seen.has(normalizePath(d.path)));
    return [...open, ...project];
  };

  connection.onDocumentSymbol((params, token) =>
    runSafe(state, 'document symbols', token, [], () => {
      const a = state.analyze(params.textDocument.uri);
      return a ? findDocumentSymbols(a.doc).map((s) => toSymbol(a.doc.lineIndex, s)) : [];
    }),
  );

  connection.onFoldingRanges((params, token) =>
    runSafe(state, 'folding ranges', token, [], (): FoldingRange[] => {
      const a = state.analyze(params.textDocument.uri);
      return a ? getFoldingRanges(a.doc) : [];
    }),
  );

  connection.onDefinition((params, token) =>
    runSafe(state, 'definition', token, null, () => {
      const a = state.analyze(params.textDocument.uri);
      if (!a) return null;
      const refs = findUuidReferences(a.doc, a.doc.lineIndex.offsetAt(params.position), profilesOpen(a.uri));
      const def = refs?.definition;
      if (!def) return null;
      const doc = def.path === a.doc.path ? a.doc : profilesOpen(a.uri).find((d) => d.path === def.path);
      return doc ? location(doc, def.start, def.end) : null;
    }),
  );

  connection.onReferences((params, token) =>
    runSafe(state, 'references', token, [], (): Location[] => {
      const a = state.analyze(params.textDocument.uri);
      if (!a) return [];
      const others = profilesOpen(a.uri);
      const refs = findUuidReferences(a.doc, a.doc.lineIndex.offsetAt(params.position), others);
      if (!refs) return [];
      const all = [
        ...(params.context.includeDeclaration && refs.definition ? [refs.definition] : []),
        ...refs.references,
      ];
      const byPath = new Map([a.doc, ...others].map((d) => [d.path, d]));
      return all.flatMap((o) => (byPath.get(o.path) ? [location(byPath.get(o.path)!, o.start, o.end)] : []));
    }),
  );

  connection.onPrepareRename((params, token) =>
    runSafe(state, 'prepare rename', token, null, () => {
      const a = state.analyze(params.textDocument.uri);
      if (!a || a.doc.container !== 'xml') return null;
      const offset = a.doc.lineIndex.offsetAt(params.position);
      const refs = findUuidReferences(a.doc, offset, profilesOpen(a.uri));
      const here =
        refs &&
        [refs.definition, ...refs.references].find(
          (o) => o && o.path === a.doc.path && o.start <= offset && offset <= o.end,
        );
      return here ? { start: a.doc.lineIndex.positionAt(here.start), end: a.doc.lineIndex.positionAt(here.end) } : null;
    }),
  );

  connection.onRenameRequest((params, token) =>
    runSafe(state, 'rename', token, null, (): WorkspaceEdit | null => {
      const a = state.analyze(params.textDocument.uri);
      if (!a || a.doc.container !== 'xml') return null;
      if (!isUuid(params.newName)) return null;
      const others = profilesOpen(a.uri);
      const refs = findUuidReferences(a.doc, a.doc.lineIndex.offsetAt(params.position), others);
      if (!refs) return null;
      const byPath = new Map([a.doc, ...others].map((d) => [d.path, d]));
      const changes: WorkspaceEdit['changes'] = {};
      for (const fe of refs.rename(params.newName)) {
        const doc = byPath.get(fe.path);
        if (doc) changes[pathToUri(doc.path)] = toLspEdits(doc.lineIndex, fe.edits);
      }
      return { changes };
    }),
  );
}
