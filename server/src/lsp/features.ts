/** Hover, completion and code actions: 8-line adapters from LSP to the core facade. */
import type { CodeAction, CompletionItem, Hover } from 'vscode-languageserver';
import { CompletionItemKind, InsertTextFormat } from 'vscode-languageserver';
import { doComplete, doHover } from '../core/services/languageService';
import { fixAll, minimalEdit } from '../core/engine/fixAll';
import { ruleByCode } from '../core/rules';
import type { ServerState } from './server';
import { runSafe } from './server';
import { fixToCodeAction, sameRange, toLspDiagnostic, toLspEdits } from './convert';
import { registerNavigation } from './navigation';

const KIND = { key: CompletionItemKind.Property, value: CompletionItemKind.Value, snippet: CompletionItemKind.Snippet };

export function registerFeatures(state: ServerState): void {
  const { connection } = state;

  connection.onHover((params, token) =>
    runSafe(state, 'hover', token, null, (): Hover | null => {
      const a = state.analyze(params.textDocument.uri);
      if (!a) return null;
      const li = a.doc.lineIndex;
      const h = doHover(a.doc, li.offsetAt(params.position), a.file, a.diagnostics, a.options.docsBaseUrl);
      if (!h) return null;
      return {
        contents: { kind: 'markdown', value: h.markdown },
        range: { start: li.positionAt(h.start), end: li.positionAt(h.end) },
      };
    }),
  );

  connection.onCompletion((params, token) =>
    runSafe(state, 'completion', token, [], (): CompletionItem[] => {
      const a = state.analyze(params.textDocument.uri);
      if (!a || a.doc.container !== 'xml') return [];
      const li = a.doc.lineIndex;
      const offset = li.offsetAt(params.position);
      return doComplete(a.doc, offset, a.file).map((c) => {
        const start = c.replaceStart ?? offset;
        const end = c.replaceEnd ?? offset;
        return {
          label: c.label,
          kind: KIND[c.kind],
          detail: c.detail,
          documentation: c.documentation ? { kind: 'markdown', value: c.documentation } : undefined,
          sortText: c.sortText,
          filterText: c.filterText,
          preselect: c.preselect,
          insertTextFormat: c.snippet ? InsertTextFormat.Snippet : InsertTextFormat.PlainText,
          textEdit: { range: { start: li.positionAt(start), end: li.positionAt(end) }, newText: c.insertText },
        };
      });
    }),
  );

  connection.onCodeAction((params, token) =>
    runSafe(state, 'code actions', token, [], (): CodeAction[] => {
      const a = state.analyze(params.textDocument.uri);
      if (!a || a.doc.container !== 'xml') return [];
      const li = a.doc.lineIndex;
      const only = params.context.only;
      const wantsFixAll = only?.some((k) => k === 'source.fixAll' || k === 'source.fixAll.nelint' || k === 'source');
      if (wantsFixAll && !only?.includes('quickfix')) {
        const result = fixAll(a.doc, a.options, (d) => !!ruleByCode(d.code)?.meta.fixAll);
        const edit = minimalEdit(a.doc.text, result.text);
        if (!edit) return [];
        return [
          {
            title: 'Fix all nelint problems that have a preferred fix',
            kind: 'source.fixAll.nelint',
            edit: { changes: { [a.uri]: toLspEdits(li, [edit]) } },
          },
        ];
      }
      const start = li.offsetAt(params.range.start);
      const end = li.offsetAt(params.range.end);
      const actions: CodeAction[] = [];
      const otherLineIndex = (path: string) =>
        state.store.get(path)?.doc.lineIndex ?? state.workspace?.lineIndexOf(path);
      for (const d of a.diagnostics) {
        if (d.end < start || d.start > end) continue;
        const lsp = toLspDiagnostic(d);
        const sent = params.context.diagnostics.find((x) => x.code === d.code && sameRange(x.range, d.range)) ?? lsp;
        for (const fix of d.fixes) actions.push(fixToCodeAction(fix, a.uri, li, sent, otherLineIndex));
        const meta = ruleByCode(d.code)?.meta;
        const sameCode = a.diagnostics.filter((x) => x.code === d.code && x.fixes.some((f) => f.preferred));
        if (meta?.fixAll && sameCode.length > 1) {
          const edit = minimalEdit(a.doc.text, fixAll(a.doc, a.options, (x) => x.code === d.code).text);
          if (edit) {
            actions.push({
              title: `Fix all "${d.code}" problems in this file`,
              kind: 'quickfix',
              diagnostics: [sent],
              edit: { changes: { [a.uri]: toLspEdits(li, [edit]) } },
            });
          }
        }
      }
      return actions;
    }),
  );

  registerNavigation(state);
}
