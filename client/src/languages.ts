/** Is this a document nelint lints? Mirrors `documentSelector()` for code that needs a yes/no answer. */
import * as vscode from 'vscode';
import { documentSelector } from './documentSelector';

export function isNelintDocument(doc: vscode.TextDocument): boolean {
  return vscode.languages.match(documentSelector(), doc) > 0;
}
