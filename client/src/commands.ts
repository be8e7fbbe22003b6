/**
 * The command palette entries. Each is a thin adapter: ask the server, show the answer.
 */
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import type {
  CreateProjectFileParams,
  CreateProjectFileResult,
  ExplainParams,
  ExplainResult,
  RuleDocumentationParams,
  RuleDocumentationResult,
} from '../../server/src/lsp/protocol';
import { CreateProjectFileRequest, ExplainRequest, RuleDocumentationRequest } from '../../server/src/lsp/protocol';
import { bundledDocPath, isRuleCode } from './ruleDocs';

type ClientGetter = () => LanguageClient | undefined;

function requireClient(getClient: ClientGetter): LanguageClient | undefined {
  const client = getClient();
  if (!client) void vscode.window.showWarningMessage('nelint: the language server is not running.');
  return client;
}

/** Shows markdown in the built-in preview (a read-only untitled document underneath). */
async function showMarkdown(markdown: string): Promise<void> {
  const doc = await vscode.workspace.openTextDocument({ language: 'markdown', content: markdown });
  await vscode.commands.executeCommand('markdown.showPreview', doc.uri);
}

/** `nelint.explainError`: paste an Xcode / App Store Connect / sysextd message, get the matching rules. */
export async function explainError(getClient: ClientGetter, text?: string): Promise<ExplainResult | undefined> {
  const editor = vscode.window.activeTextEditor;
  const selected = editor && !editor.selection.isEmpty ? editor.document.getText(editor.selection) : undefined;
  const input =
    text ??
    (await vscode.window.showInputBox({
      prompt: 'Paste the error message from Xcode, App Store Connect, sysextd or the console',
      value: selected,
      ignoreFocusOut: true,
    }));
  if (!input) return undefined;
  const client = requireClient(getClient);
  if (!client) return undefined;
  const params: ExplainParams = { text: input };
  const result = await client.sendRequest<ExplainResult>(ExplainRequest, params);
  await showMarkdown(result.markdown);
  return result;
}

/** `nelint.showRuleDocumentation`: the bundled page for a code (asks for one when none is given). */
export async function showRuleDocumentation(
  context: vscode.ExtensionContext,
  getClient: ClientGetter,
  code?: string,
): Promise<vscode.Uri | undefined> {
  const chosen = typeof code === 'string' ? code : await pickCode();
  if (chosen === undefined) return undefined;
  const bundled = vscode.Uri.joinPath(context.extensionUri, bundledDocPath(chosen));
  try {
    await vscode.workspace.fs.stat(bundled);
    await vscode.commands.executeCommand('markdown.showPreview', bundled);
    return bundled;
  } catch {
    // No bundled page (rule added after packaging, or a development build): ask the server.
    const client = requireClient(getClient);
    if (!client) return undefined;
    const params: RuleDocumentationParams = { code: chosen || undefined };
    const result = await client.sendRequest<RuleDocumentationResult>(RuleDocumentationRequest, params);
    await showMarkdown(result.markdown);
    return undefined;
  }
}

/** Codes of nelint diagnostics at the cursor first, then every code in the workspace; '' = the index. */
async function pickCode(): Promise<string | undefined> {
  const editor = vscode.window.activeTextEditor;
  const codes = new Set<string>();
  const add = (d: vscode.Diagnostic) => {
    const c = typeof d.code === 'object' ? String(d.code.value) : String(d.code ?? '');
    if (d.source === 'nelint' && isRuleCode(c)) codes.add(c);
  };
  if (editor) {
    for (const d of vscode.languages.getDiagnostics(editor.document.uri)) {
      if (d.range.contains(editor.selection.active)) add(d);
    }
  }
  for (const [, diags] of vscode.languages.getDiagnostics()) diags.forEach(add);
  const items = [{ label: 'All rules', code: '' }, ...[...codes].map((c) => ({ label: c, code: c }))];
  const picked = await vscode.window.showQuickPick(items, { placeHolder: 'nelint rule' });
  return picked?.code;
}

/** `nelint.fixAll`: apply the preferred fixes of fix-all rules (`source.fixAll.nelint`) to the active file. */
export async function fixAll(uri?: vscode.Uri): Promise<number> {
  const editor = vscode.window.activeTextEditor;
  const target = uri ?? editor?.document.uri;
  if (!target) return 0;
  const doc = await vscode.workspace.openTextDocument(target);
  const whole = new vscode.Range(doc.positionAt(0), doc.positionAt(doc.getText().length));
  const actions =
    (await vscode.commands.executeCommand<vscode.CodeAction[]>(
      'vscode.executeCodeActionProvider',
      target,
      whole,
      'source.fixAll.nelint',
    )) ?? [];
  let applied = 0;
  for (const action of actions) {
    if (!action.kind || !vscode.CodeActionKind.Source.append('fixAll').append('nelint').contains(action.kind)) continue;
    if (action.edit && (await vscode.workspace.applyEdit(action.edit))) applied++;
    if (action.command) {
      await vscode.commands.executeCommand(action.command.command, ...(action.command.arguments ?? []));
    }
  }
  if (!applied) void vscode.window.setStatusBarMessage('nelint: nothing to fix automatically', 3000);
  return applied;
}

/** `nelint.createProjectFile`: write nelint.json for the Xcode project in a workspace folder. */
export async function createProjectFile(getClient: ClientGetter): Promise<vscode.Uri | undefined> {
  const folder =
    vscode.workspace.workspaceFolders?.length === 1
      ? vscode.workspace.workspaceFolders[0]
      : await vscode.window.showWorkspaceFolderPick({ placeHolder: 'Folder with the Xcode project' });
  if (!folder) return undefined;
  const client = requireClient(getClient);
  if (!client) return undefined;
  const params: CreateProjectFileParams = { folderUri: folder.uri.toString() };
  const result = await client.sendRequest<CreateProjectFileResult>(CreateProjectFileRequest, params);
  if (result.text === undefined) {
    void vscode.window.showErrorMessage(`nelint: ${result.error ?? 'could not read the Xcode project'}`);
    return undefined;
  }
  const target = vscode.Uri.joinPath(folder.uri, 'nelint.json');
  if (await exists(target)) {
    const answer = await vscode.window.showWarningMessage(
      'nelint.json exists. Replace it?',
      { modal: true },
      'Replace',
    );
    if (answer !== 'Replace') return undefined;
  }
  await vscode.workspace.fs.writeFile(target, new TextEncoder().encode(result.text));
  await vscode.window.showTextDocument(target);
  return target;
}

async function exists(uri: vscode.Uri): Promise<boolean> {
  try {
    await vscode.workspace.fs.stat(uri);
    return true;
  } catch {
    return false;
  }
}
