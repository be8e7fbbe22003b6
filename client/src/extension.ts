/**
 * nelint's VS Code client: starts the language server over IPC, registers the commands, the context status
 * bar item, the decoded views of binary/CMS files and the rule-docs URI handler. Nothing is executed from
 * the workspace and nothing touches the network, so it runs in untrusted workspaces.
 */
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { Commands } from '../../server/src/lsp/protocol';
import { createProjectFile, explainError, fixAll, showRuleDocumentation } from './commands';
import { registerDecodedViews, showDecodedContent } from './decodedView';
import { createLanguageClient } from './languageClient';
import { codeFromHandlerPath } from './ruleDocs';
import { ContextStatusBar, selectContext } from './statusBar';

/** What `activate` returns; the extension-host tests use it. */
export interface NelintApi {
  client(): LanguageClient | undefined;
  statusBar: ContextStatusBar;
  restart(): Promise<void>;
}

let client: LanguageClient | undefined;

export async function activate(context: vscode.ExtensionContext): Promise<NelintApi> {
  const output = vscode.window.createOutputChannel('nelint', { log: true });
  const getClient = () => client;
  const statusBar = new ContextStatusBar(getClient);

  const start = async () => {
    client = createLanguageClient(context, output);
    try {
      await client.start();
    } catch (e) {
      output.appendLine(`[nelint] the language server failed to start: ${String(e)}`);
    }
  };
  const restart = async () => {
    const old = client;
    client = undefined;
    if (old) await old.stop().catch(() => undefined);
    await start();
    await statusBar.update();
  };

  const register = (id: string, fn: (...args: never[]) => unknown) =>
    context.subscriptions.push(vscode.commands.registerCommand(id, fn));
  register(Commands.explainError, (text?: string) => explainError(getClient, text));
  register(Commands.showDecodedContent, (uri?: vscode.Uri | string) =>
    // From a code action the server passes the file path (or a URI string); from the UI a vscode.Uri.
    showDecodedContent(
      typeof uri === 'string'
        ? /^[a-z][a-z0-9+.-]+:\/\//i.test(uri)
          ? vscode.Uri.parse(uri)
          : vscode.Uri.file(uri)
        : uri,
    ),
  );
  register(Commands.fixAll, (uri?: vscode.Uri) => fixAll(uri));
  register(Commands.createProjectFile, () => createProjectFile(getClient));
  register(Commands.showRuleDocumentation, (code?: string) => showRuleDocumentation(context, getClient, code));
  register(Commands.selectContext, async () => {
    await selectContext();
    await statusBar.update();
  });
  register('nelint.restartServer', restart);
  register('nelint.showOutput', () => output.show(true));

  registerDecodedViews(context, getClient, output);
  context.subscriptions.push(
    output,
    statusBar,
    vscode.window.registerUriHandler({
      handleUri(uri: vscode.Uri) {
        const code = codeFromHandlerPath(uri.path);
        if (code) void showRuleDocumentation(context, getClient, code);
      },
    }),
    vscode.window.onDidChangeActiveTextEditor((e) => void statusBar.update(e)),
    vscode.workspace.onDidSaveTextDocument(() => void statusBar.update()),
    vscode.workspace.onDidChangeConfiguration((e) => {
      if (e.affectsConfiguration('nelint')) void statusBar.update();
    }),
  );

  await start();
  await statusBar.update();
  return { client: getClient, statusBar, restart };
}

export async function deactivate(): Promise<void> {
  if (client) await client.stop();
  client = undefined;
}
