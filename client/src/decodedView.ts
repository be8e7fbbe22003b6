/**
 * Read-only decoded views of binary plists and CMS-signed files (provisioning profiles, signed profiles).
 * The server decodes (`nelint/decodedContent`); the client shows the XML as a `nelint-decoded:` document,
 * which VS Code keeps read-only and the server lints like any other (without quick fixes, catalog §1.5).
 * A custom editor makes double-clicking a `.mobileprovision`/`.provisionprofile` open the decoded view
 * instead of binary noise; for `.mobileconfig`/`.plist` it is offered under "Open With…".
 */
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import type { DecodedContentParams, DecodedContentResult } from '../../server/src/lsp/protocol';
import { DecodedContentRequest } from '../../server/src/lsp/protocol';
import { DECODED_SCHEME } from './documentSelector';

/** Default editor for provisioning profiles; offered under "Open With…" for profiles and property lists. */
export const DECODED_EDITOR_VIEW_TYPES = ['nelint.decodedView', 'nelint.decodedViewOnRequest'] as const;

export function decodedUri(fileUri: vscode.Uri): vscode.Uri {
  return fileUri.with({ scheme: DECODED_SCHEME });
}

export function fileUriOfDecoded(uri: vscode.Uri): vscode.Uri {
  return uri.with({ scheme: 'file' });
}

/** Language id for a decoded document, from the container's file name. */
export function languageForDecoded(path: string): string {
  const lower = path.toLowerCase();
  if (lower.endsWith('.entitlements')) return 'entitlements';
  if (lower.endsWith('.mobileconfig')) return 'mobileconfig';
  return 'plist';
}

class DecodedContentProvider implements vscode.TextDocumentContentProvider {
  private readonly changed = new vscode.EventEmitter<vscode.Uri>();
  readonly onDidChange = this.changed.event;

  constructor(
    private readonly getClient: () => LanguageClient | undefined,
    private readonly output: vscode.LogOutputChannel,
  ) {}

  refresh(uri: vscode.Uri): void {
    this.changed.fire(uri);
  }

  async provideTextDocumentContent(uri: vscode.Uri): Promise<string> {
    const client = this.getClient();
    if (!client) return '<!-- nelint: the language server is not running -->\n';
    const params: DecodedContentParams = { uri: fileUriOfDecoded(uri).toString() };
    const result = await client.sendRequest<DecodedContentResult>(DecodedContentRequest, params);
    this.output.appendLine(`[nelint] decoded ${uri.fsPath}: ${result.container}; ${result.summary}`);
    if (result.text === undefined) {
      return `<!-- nelint: cannot decode this file: ${result.summary.replace(/--/g, '- -')} -->\n`;
    }
    return result.text;
  }
}

/** Opens the decoded view of a file (defaults to the active editor's file). */
export async function showDecodedContent(
  target?: vscode.Uri,
  column?: vscode.ViewColumn,
): Promise<vscode.TextEditor | undefined> {
  const uri = target ?? vscode.window.activeTextEditor?.document.uri;
  if (!uri) {
    void vscode.window.showInformationMessage(
      'nelint: open or select a binary plist, profile or provisioning profile first.',
    );
    return undefined;
  }
  const fileUri = uri.scheme === DECODED_SCHEME ? fileUriOfDecoded(uri) : uri;
  let doc = await vscode.workspace.openTextDocument(decodedUri(fileUri));
  const language = languageForDecoded(fileUri.path);
  if (doc.languageId !== language) doc = await vscode.languages.setTextDocumentLanguage(doc, language);
  return vscode.window.showTextDocument(doc, { viewColumn: column, preview: false });
}

class DecodedEditorProvider implements vscode.CustomReadonlyEditorProvider {
  openCustomDocument(uri: vscode.Uri): vscode.CustomDocument {
    return { uri, dispose: () => undefined };
  }

  async resolveCustomEditor(document: vscode.CustomDocument, panel: vscode.WebviewPanel): Promise<void> {
    panel.webview.html = '<p>Opening the decoded view…</p>';
    const column = panel.viewColumn;
    // Replace this placeholder with the text editor of the decoded document.
    await showDecodedContent(document.uri, column);
    panel.dispose();
  }
}

export function registerDecodedViews(
  context: vscode.ExtensionContext,
  getClient: () => LanguageClient | undefined,
  output: vscode.LogOutputChannel,
): void {
  const provider = new DecodedContentProvider(getClient, output);
  const watcher = vscode.workspace.createFileSystemWatcher(
    '**/*.{mobileprovision,provisionprofile,mobileconfig,plist}',
  );
  const refresh = (uri: vscode.Uri) => provider.refresh(decodedUri(uri));
  context.subscriptions.push(
    vscode.workspace.registerTextDocumentContentProvider(DECODED_SCHEME, provider),
    ...DECODED_EDITOR_VIEW_TYPES.map((viewType) =>
      vscode.window.registerCustomEditorProvider(viewType, new DecodedEditorProvider(), {
        supportsMultipleEditorsPerDocument: true,
      }),
    ),
    watcher,
    watcher.onDidChange(refresh),
  );
}
