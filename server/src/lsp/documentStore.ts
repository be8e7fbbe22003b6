/**
 * Versioned per-URI cache of parsed documents and their diagnostics, so hover, completion and code actions
 * reuse the last validation instead of re-parsing (json-language-features' languageModelCache, simplified).
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { PlistDocument } from '../core/model/document';
import type { Diagnostic, LintOptions } from '../core/engine/types';
import type { FileContext } from '../core/context/types';
import { loadDocumentFromBytes, loadDocumentFromText } from '../core/engine/loadDocument';
import { nextDocument, revalidate, validateState } from '../core/engine/incremental';
import type { LocatedEdit, ValidationState } from '../core/engine/incremental';

export interface AnalyzedDocument {
  uri: string;
  version: number;
  doc: PlistDocument;
  file: FileContext;
  diagnostics: Diagnostic[];
  options: LintOptions;
  /** Settings/config generation the entry was computed with. */
  generation: number;
  /** What the next version's incremental validation starts from. */
  state: ValidationState;
}

export type Validator = (
  doc: PlistDocument,
  options: LintOptions,
  previous?: ValidationState,
  located?: LocatedEdit,
) => ValidationState;

const validateAlone: Validator = (doc, options, previous, located) =>
  previous ? revalidate(previous, doc, options, located) : validateState(doc, options);

export function uriToPath(uri: string): string {
  return uri.startsWith('file:') ? fileURLToPath(uri) : uri;
}

/** The editor shows binary plists and CMS blobs as garbage text; for those, read the bytes from disk. */
function looksBinary(text: string): boolean {
  if (text.startsWith('bplist')) return true;
  const head = text.slice(0, 512);
  return head.includes('\u0000') || (text.charCodeAt(0) === 0x30 && /[\u0080-\u0083\ufffd]/.test(text.charAt(1)));
}

export function parseEditorDocument(td: TextDocument): PlistDocument {
  const path = uriToPath(td.uri);
  const text = td.getText();
  if (looksBinary(text) && td.uri.startsWith('file:')) {
    try {
      return loadDocumentFromBytes(path, readFileSync(path));
    } catch {
      // Not on disk (or unreadable): fall back to the text the editor has.
    }
  }
  return loadDocumentFromText(path, text, td.version);
}

export class DocumentStore {
  private readonly cache = new Map<string, AnalyzedDocument>();

  get(uri: string): AnalyzedDocument | undefined {
    return this.cache.get(uri);
  }

  /**
   * Parses and validates unless the cached entry is for the same version and settings generation. A new version
   * under the same settings is validated incrementally from the previous one (engine/incremental.ts).
   */
  analyze(
    td: TextDocument,
    options: LintOptions,
    generation: number,
    validate: Validator = validateAlone,
  ): AnalyzedDocument {
    const hit = this.cache.get(td.uri);
    if (hit && hit.version === td.version && hit.generation === generation) return hit;
    const previous = hit && hit.generation === generation ? hit.state : undefined;
    // An edit inside one payload re-parses just that payload (the previous entry's document is consumed).
    const next = previous && !looksBinary(td.getText()) ? nextDocument(previous, td.getText(), td.version) : undefined;
    const doc = next?.doc ?? parseEditorDocument(td);
    const state = validate(doc, options, previous, next?.located);
    const entry: AnalyzedDocument = {
      uri: td.uri,
      version: td.version,
      doc,
      file: state.file,
      diagnostics: state.diagnostics,
      options,
      generation,
      state,
    };
    this.cache.set(td.uri, entry);
    return entry;
  }

  delete(uri: string): void {
    this.cache.delete(uri);
  }

  clear(): void {
    this.cache.clear();
  }
}
