/** Entry point of the bundled language server (dist/server.js): transport chosen from argv (--node-ipc, --stdio). */
import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import { startServer } from './server';
import { bundledDocsBase } from './docsBase';

startServer(createConnection(ProposedFeatures.all), bundledDocsBase());
