/**
 * The nelint language server: capabilities and handlers. Each handler is a thin adapter: get the analyzed
 * document from the store, call the core facade, convert offsets to LSP positions. Every handler runs inside
 * `runSafe`, so an exception is logged once and answered with an empty result instead of killing the server.
 */
import type { Connection, InitializeParams, InitializeResult, CancellationToken } from 'vscode-languageserver';
import { TextDocuments, TextDocumentSyncKind, ResponseError, LSPErrorCodes } from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { DocumentStore, uriToPath } from './documentStore';
import type { AnalyzedDocument } from './documentStore';
import { DEFAULT_SETTINGS, readSettings } from './settings';
import type { ServerSettings } from './settings';
import { toLspDiagnostic } from './convert';
import { fileTooLargeDiagnostic } from '../core/engine/limits';
import { registerFeatures } from './features';
import { registerRequests } from './requests';
import type { LintOptions } from '../core/engine/types';
import { ConfigFinder } from '../host/config';
import { setRuleFailureSink } from '../core/engine/validate';
import { warmUpIncremental } from '../core/engine/warmUp';
import { makeElements } from '../core/parser/lazyXml';
import { SchemaSetting } from './schemaSetting';
import { WorkspaceIndex } from './workspaceIndex';

/** Profiles from this size up make the server warm up its keystroke path (engine/warmUp.ts). */
const WARM_UP_FROM = 64 * 1024;

export interface ServerState {
  connection: Connection;
  documents: TextDocuments<TextDocument>;
  store: DocumentStore;
  settings: ServerSettings;
  generation: number;
  docsBaseUrl: string;
  configs: ConfigFinder;
  /** Project models (nelint.json) and the closed files they name; set once the server starts. */
  workspace?: WorkspaceIndex;
  /** Analyzes an open document (cached per version and settings generation). */
  analyze(uri: string): AnalyzedDocument | undefined;
  optionsFor(uri: string): LintOptions;
  log(message: string): void;
}

export async function runSafe<T>(
  state: Pick<ServerState, 'log'>,
  what: string,
  token: CancellationToken | undefined,
  fallback: T,
  fn: () => T | Promise<T>,
): Promise<T | ResponseError<void>> {
  if (token?.isCancellationRequested) return new ResponseError(LSPErrorCodes.RequestCancelled, 'cancelled');
  try {
    const result = await fn();
    if (token?.isCancellationRequested) return new ResponseError(LSPErrorCodes.RequestCancelled, 'cancelled');
    return result;
  } catch (e) {
    state.log(`${what} failed: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}`);
    return fallback;
  }
}

export function startServer(connection: Connection, docsBaseUrl: string): void {
  const documents = new TextDocuments(TextDocument);
  let hasConfigurationCapability = false;

  const state: ServerState = {
    connection,
    documents,
    store: new DocumentStore(),
    settings: DEFAULT_SETTINGS,
    generation: 0,
    docsBaseUrl,
    configs: new ConfigFinder(),
    log: (m) => connection.console.log(`[nelint] ${m}`),
    optionsFor(uri: string): LintOptions {
      let config;
      try {
        config = uri.startsWith('file:') ? (state.configs.forFile(uriToPath(uri)) ?? undefined) : undefined;
      } catch (e) {
        state.log(`nelint.json: ${(e as Error).message}`);
      }
      return {
        settings: {
          platform: state.settings.platform,
          distribution: state.settings.distribution,
          rules: state.settings.rules,
          schemaScope: state.settings.schemaScope,
        },
        config: config ? { config: config.config, dir: config.dir } : undefined,
        docsBaseUrl: state.settings.docsBaseUrl ?? state.docsBaseUrl,
      };
    },
    analyze(uri: string) {
      const td = documents.get(uri);
      if (!td) return state.store.get(uri);
      if (td.getText().length > state.settings.maxFileSize) return undefined;
      const ws = state.workspace;
      return state.store.analyze(
        td,
        state.optionsFor(uri),
        state.generation,
        ws ? (doc, options, previous, located) => ws.validate(uri, doc, options, previous, located) : undefined,
      );
    },
  };
  setRuleFailureSink((code, error) => state.log(`rule ${code} failed and was skipped: ${String(error)}`));

  let warmedUp = false;
  // Validation is coalesced: a burst of didChange events validates each document once, on the next turn.
  const pending = new Set<string>();
  let scheduled = false;
  const flush = () => {
    scheduled = false;
    for (const uri of [...pending]) {
      pending.delete(uri);
      void publish(uri);
    }
  };
  const schedule = (uri: string) => {
    pending.add(uri);
    if (!scheduled) {
      scheduled = true;
      setImmediate(flush);
    }
  };
  /** Runs `work` once pending I/O has been handled; a failure is logged, never thrown. */
  const inIdleTime = (what: string, work: () => void) =>
    setImmediate(() => {
      try {
        work();
      } catch (e) {
        state.log(`${what} failed: ${String(e)}`);
      }
    });
  const publish = async (uri: string) => {
    const td = documents.get(uri);
    if (!td) return;
    if (td.getText().length > state.settings.maxFileSize) {
      const size = Buffer.byteLength(td.getText());
      await connection.sendDiagnostics({
        uri,
        version: td.version,
        diagnostics: [toLspDiagnostic(fileTooLargeDiagnostic(size, state.settings.maxFileSize))],
      });
      return;
    }
    const result = await runSafe(state, 'validation', undefined, undefined, () => state.analyze(uri));
    if (!result || result instanceof ResponseError) return;
    await connection.sendDiagnostics({
      uri,
      version: td.version,
      diagnostics: result.diagnostics.map(toLspDiagnostic),
    });
    if (result.file.kind === 'profile' && td.getText().length >= WARM_UP_FROM) {
      // For the first keystrokes in a large profile: the XML elements its one-payload re-parse needs (no-op once
      // they exist), and once per server a warm-up of that path, so that it runs JIT-compiled code.
      const doc = result.doc;
      inIdleTime('making XML elements', () => makeElements(doc.xml));
      if (!warmedUp) {
        warmedUp = true;
        inIdleTime('warm-up', () => void warmUpIncremental());
      }
    }
  };
  state.workspace = new WorkspaceIndex({
    connection,
    configs: state.configs,
    openUris: () => documents.all().map((d) => d.uri),
    revalidateOpen: (uri) => {
      state.store.delete(uri);
      schedule(uri);
    },
    optionsFor: (uri) => state.optionsFor(uri),
    log: state.log,
  });
  const revalidateAll = () => {
    state.generation++;
    state.store.clear();
    for (const td of documents.all()) schedule(td.uri);
  };

  connection.onInitialize((params: InitializeParams): InitializeResult => {
    hasConfigurationCapability = !!params.capabilities.workspace?.configuration;
    const init = params.initializationOptions as { docsBaseUrl?: string; settings?: unknown } | undefined;
    if (init?.docsBaseUrl) state.docsBaseUrl = init.docsBaseUrl;
    if (init?.settings) state.settings = readSettings(init.settings);
    applySchemaPath();
    return {
      capabilities: {
        textDocumentSync: TextDocumentSyncKind.Incremental,
        hoverProvider: true,
        completionProvider: { triggerCharacters: ['<', '>', '.', '-'], resolveProvider: false },
        codeActionProvider: { codeActionKinds: ['quickfix', 'source.fixAll.nelint'] },
        documentSymbolProvider: true,
        foldingRangeProvider: true,
        definitionProvider: true,
        referencesProvider: true,
        renameProvider: { prepareProvider: true },
      },
      serverInfo: { name: 'nelint' },
    };
  });

  connection.onInitialized(async () => {
    if (hasConfigurationCapability) {
      await refreshSettings();
      connection.onDidChangeConfiguration(() => void refreshSettings());
    }
  });

  const schemaSetting = new SchemaSetting();
  /** `nelint.schemaPath` (only a change of it re-reads a checkout). */
  const applySchemaPath = () => {
    const result = schemaSetting.apply(state.settings.schemaPath);
    if (!result) return;
    state.log(result.log);
    if (result.warning) void connection.window.showWarningMessage(result.warning);
  };

  const refreshSettings = async () => {
    try {
      const raw = await connection.workspace.getConfiguration('nelint');
      state.settings = readSettings(raw);
    } catch (e) {
      state.log(`reading settings failed: ${String(e)}`);
    }
    applySchemaPath();
    revalidateAll();
  };

  connection.onDidChangeWatchedFiles((params) => {
    if (params.changes.some((c) => /(^|\/)(nelint\.json|\.nelintrc\.json)$/.test(c.uri))) state.configs.clear();
    state.workspace?.filesChanged(params.changes.map((c) => c.uri));
    revalidateAll();
  });

  documents.onDidOpen((e) => schedule(e.document.uri));
  documents.onDidChangeContent((e) => {
    schedule(e.document.uri);
    state.workspace?.changed(e.document.uri);
  });
  documents.onDidClose((e) => {
    pending.delete(e.document.uri);
    state.store.delete(e.document.uri);
    void connection.sendDiagnostics({ uri: e.document.uri, diagnostics: [] });
    // A closed file of a project keeps its diagnostics (republished as a closed file).
    state.workspace?.closed(e.document.uri);
  });

  registerFeatures(state);
  registerRequests(state);
  documents.listen(connection);
  connection.listen();
}
