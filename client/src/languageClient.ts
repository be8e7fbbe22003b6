/**
 * Builds and starts the LanguageClient (IPC to `dist/server.js`). Thin: everything nelint knows lives in the
 * server; the client only adds the rule-docs link target and the restart policy.
 */
import * as vscode from 'vscode';
import type { Diagnostic } from 'vscode';
import type { LanguageClientOptions, ServerOptions } from 'vscode-languageclient/node';
import { CloseAction, ErrorAction, LanguageClient, TransportKind } from 'vscode-languageclient/node';
import { documentSelector, PROJECT_FILES_GLOB } from './documentSelector';
import { isRuleCode, ruleDocsUri } from './ruleDocs';
import { createRestartPolicy } from './serverRestart';

export function createLanguageClient(
  context: vscode.ExtensionContext,
  output: vscode.LogOutputChannel,
): LanguageClient {
  const serverModule = context.asAbsolutePath('dist/server.js');
  const serverOptions: ServerOptions = {
    run: { module: serverModule, transport: TransportKind.ipc },
    debug: {
      module: serverModule,
      transport: TransportKind.ipc,
      options: { execArgv: ['--nolazy', '--inspect=6019'] },
    },
  };
  const policy = createRestartPolicy();
  const clientOptions: LanguageClientOptions = {
    documentSelector: documentSelector(),
    outputChannel: output,
    traceOutputChannel: output,
    synchronize: {
      configurationSection: 'nelint',
      fileEvents: vscode.workspace.createFileSystemWatcher(PROJECT_FILES_GLOB),
    },
    initializationOptions: { extensionPath: context.extensionPath, uiKind: vscode.env.uiKind },
    errorHandler: {
      error: () => ({ action: ErrorAction.Continue }),
      closed: () => {
        const delay = policy.onClosed(Date.now());
        if (delay === undefined) {
          output.appendLine('[nelint] the language server stopped repeatedly; run "nelint: Restart Server" to retry.');
          return { action: CloseAction.DoNotRestart, handled: false };
        }
        output.appendLine(`[nelint] the language server stopped; restarting (delay ${delay} ms).`);
        return new Promise((resolve) =>
          setTimeout(() => resolve({ action: CloseAction.Restart, handled: true }), delay),
        );
      },
    },
    middleware: {
      handleDiagnostics: (uri, diagnostics, next) => next(uri, linkRuleDocs(diagnostics)),
    },
  };
  return new LanguageClient('nelint', 'nelint', serverOptions, clientOptions);
}

/** Point each diagnostic's code link at the bundled docs unless the user set `nelint.docsBaseUrl`. */
export function linkRuleDocs(diagnostics: Diagnostic[]): Diagnostic[] {
  if (vscode.workspace.getConfiguration('nelint').get<string>('docsBaseUrl')) return diagnostics;
  for (const d of diagnostics) {
    const code = typeof d.code === 'object' ? String(d.code.value) : d.code === undefined ? '' : String(d.code);
    if (d.source === 'nelint' && isRuleCode(code)) {
      d.code = { value: code, target: vscode.Uri.parse(ruleDocsUri(vscode.env.uriScheme, code)) };
    }
  }
  return diagnostics;
}
