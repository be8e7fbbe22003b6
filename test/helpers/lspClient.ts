/**
 * Drives the real language server (`bin/nelint.js lsp --stdio`, the bundled build) over JSON-RPC, as an editor does.
 */
import { spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { createMessageConnection, StreamMessageReader, StreamMessageWriter } from 'vscode-jsonrpc/node';
import type { MessageConnection } from 'vscode-jsonrpc/node';

export interface PublishedDiagnostics {
  uri: string;
  version?: number;
  diagnostics: {
    code: string;
    range: { start: { line: number; character: number }; end: { line: number; character: number } };
    severity: number;
    message: string;
  }[];
}

export class LspTestClient {
  readonly connection: MessageConnection;
  private readonly child: ChildProcess;
  private readonly waiters: { uri: string; resolve: (p: PublishedDiagnostics) => void }[] = [];
  readonly published = new Map<string, PublishedDiagnostics>();
  stderr = '';

  constructor(settings: Record<string, unknown> = {}) {
    const bin = join(__dirname, '..', '..', 'bin', 'nelint.js');
    this.child = spawn(process.execPath, [bin, 'lsp', '--stdio'], { stdio: ['pipe', 'pipe', 'pipe'] });
    this.child.stderr!.on('data', (d) => (this.stderr += String(d)));
    this.connection = createMessageConnection(
      new StreamMessageReader(this.child.stdout!),
      new StreamMessageWriter(this.child.stdin!),
    );
    this.connection.onNotification('textDocument/publishDiagnostics', (p: PublishedDiagnostics) => {
      this.published.set(p.uri, p);
      for (const w of this.waiters.filter((x) => x.uri === p.uri)) {
        this.waiters.splice(this.waiters.indexOf(w), 1);
        w.resolve(p);
      }
    });
    this.connection.onRequest('workspace/configuration', () => [settings]);
    this.connection.onRequest('client/registerCapability', () => null);
    this.connection.onNotification('window/logMessage', () => undefined);
    this.connection.listen();
  }

  async initialize(rootPath: string): Promise<unknown> {
    const result = await this.connection.sendRequest('initialize', {
      processId: process.pid,
      rootUri: pathToFileURL(rootPath).href,
      capabilities: {
        workspace: { configuration: true },
        textDocument: { publishDiagnostics: { relatedInformation: true } },
      },
    });
    await this.connection.sendNotification('initialized', {});
    return result;
  }

  nextDiagnostics(uri: string, timeoutMs = 10000): Promise<PublishedDiagnostics> {
    return new Promise((resolve, reject) => {
      const timer = setTimeout(
        () => reject(new Error(`no diagnostics for ${uri} within ${timeoutMs} ms; stderr: ${this.stderr}`)),
        timeoutMs,
      );
      this.waiters.push({ uri, resolve: (p) => (clearTimeout(timer), resolve(p)) });
    });
  }

  async open(uri: string, text: string, languageId = 'plist', version = 1): Promise<PublishedDiagnostics> {
    const next = this.nextDiagnostics(uri);
    await this.connection.sendNotification('textDocument/didOpen', {
      textDocument: { uri, languageId, version, text },
    });
    return next;
  }

  async change(uri: string, text: string, version: number): Promise<PublishedDiagnostics> {
    const next = this.nextDiagnostics(uri);
    await this.connection.sendNotification('textDocument/didChange', {
      textDocument: { uri, version },
      contentChanges: [{ text }],
    });
    return next;
  }

  async dispose(): Promise<void> {
    try {
      await Promise.race([this.connection.sendRequest('shutdown'), new Promise((r) => setTimeout(r, 2000))]);
      await this.connection.sendNotification('exit');
    } catch {
      // The server may already be gone.
    }
    this.connection.dispose();
    this.child.kill();
  }
}
