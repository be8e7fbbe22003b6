/**
 * Status bar item: the active file's platform and distribution context and where each came from.
 * Clicking runs `nelint.selectContext` (change the workspace setting or pin it with an in-file directive).
 */
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import type { FileContextParams, FileContextResult } from '../../server/src/lsp/protocol';
import { Commands, FileContextRequest } from '../../server/src/lsp/protocol';
import {
  directiveInsertOffset,
  directiveText,
  distributionLabel,
  platformLabel,
  statusText,
  statusTooltip,
} from './contextLabels';
import { isNelintDocument } from './languages';

export class ContextStatusBar implements vscode.Disposable {
  private readonly item = vscode.window.createStatusBarItem('nelint.context', vscode.StatusBarAlignment.Right, 100);
  private generation = 0;
  /** Last context shown, for tests and the selectContext picker. */
  current: FileContextResult | undefined;

  constructor(private readonly getClient: () => LanguageClient | undefined) {
    this.item.name = 'nelint context';
    this.item.command = Commands.selectContext;
  }

  async update(editor: vscode.TextEditor | undefined = vscode.window.activeTextEditor): Promise<void> {
    const generation = ++this.generation;
    const client = this.getClient();
    if (!editor || !client || !isNelintDocument(editor.document)) {
      this.current = undefined;
      this.item.hide();
      return;
    }
    const params: FileContextParams = { uri: editor.document.uri.toString() };
    try {
      const ctx = await client.sendRequest<FileContextResult>(FileContextRequest, params);
      if (generation !== this.generation) return;
      this.current = ctx;
      this.item.text = statusText(ctx);
      this.item.tooltip = statusTooltip(ctx);
      this.item.show();
    } catch {
      // Server not ready or request unsupported: no item rather than a wrong one.
      if (generation === this.generation) this.item.hide();
    }
  }

  dispose(): void {
    this.item.dispose();
  }
}

const PLATFORMS = ['macos', 'ios', 'tvos', 'visionos'];
const DISTRIBUTIONS = ['developer-id', 'app-store', 'development'];

/** `nelint.selectContext`: pick a platform or distribution, then where to store it. */
export async function selectContext(): Promise<void> {
  const which = await vscode.window.showQuickPick(
    [
      ...PLATFORMS.map((v) => ({ label: platformLabel(v), description: 'platform', key: 'platform', value: v })),
      ...DISTRIBUTIONS.map((v) => ({
        label: distributionLabel(v),
        description: 'distribution',
        key: 'distribution',
        value: v,
      })),
      { label: 'Infer platform from the file', description: 'platform', key: 'platform', value: '' },
      { label: 'Infer distribution from the file', description: 'distribution', key: 'distribution', value: '' },
    ],
    { placeHolder: 'nelint: evaluate files as…' },
  );
  if (!which) return;
  const editor = vscode.window.activeTextEditor;
  const canPin = which.value && editor && editor.document.uri.scheme === 'file' && isNelintDocument(editor.document);
  const where = canPin
    ? await vscode.window.showQuickPick(
        [
          { label: 'Workspace setting', detail: `nelint.${which.key} for every file in this workspace`, pin: false },
          { label: 'This file only', detail: 'insert a <!-- nelint: … --> directive', pin: true },
        ],
        { placeHolder: 'Where should nelint remember it?' },
      )
    : { pin: false };
  if (!where) return;
  if (where.pin && editor) {
    const text = editor.document.getText();
    const at = directiveInsertOffset(text);
    const directive = directiveText({ [which.key]: which.value });
    await editor.edit((b) => b.insert(editor.document.positionAt(at.offset), at.prefix + directive + at.suffix));
    return;
  }
  await vscode.workspace
    .getConfiguration('nelint')
    .update(
      which.key,
      which.value || 'auto',
      vscode.workspace.workspaceFolders ? vscode.ConfigurationTarget.Workspace : vscode.ConfigurationTarget.Global,
    );
}
