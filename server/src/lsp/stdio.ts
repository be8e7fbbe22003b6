/** `nelint lsp --stdio`: the same server over stdin/stdout. */
import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import { startServer } from './server';
import { bundledDocsBase } from './docsBase';

export function startStdioServer(): void {
  startServer(createConnection(ProposedFeatures.all, process.stdin, process.stdout), bundledDocsBase());
}
