/**
 * The language server's project index (catalog §1.7): nelint.json models built once per config file, documents
 * read once (editor buffers override the disk), and the closed files of a project validated and published so the
 * Problems panel shows the whole project. A change to any file of a model re-validates its dependents — open ones
 * through the normal (coalesced) path, closed ones in small chunks on later turns; a newer pass cancels an older.
 */
import type { Connection } from 'vscode-languageserver';
import type { PlistDocument } from '../core/model/document';
import type { LintOptions } from '../core/engine/types';
import type { LineIndex } from '../core/text/lineIndex';
import { revalidate, validateState } from '../core/engine/incremental';
import type { LocatedEdit, ValidationState } from '../core/engine/incremental';
import { resolveFileContext } from '../core/context/resolveContext';
import { projectOptions, validateWithProject, withoutLostN02 } from '../core/project/validateWithProject';
import type { ProjectIndex } from '../core/project/projectIndex';
import { normalizePath } from '../core/project/paths';
import { ProjectHost } from '../host/project';
import type { ConfigFinder } from '../host/config';
import { pathToUri, toLspDiagnostic } from './convert';
import { uriToPath } from './documentStore';
import { nelintJsonFromXcode, xcodeprojsBelow } from '../host/xcodeInit';
import type { CreateProjectFileResult } from './protocol';

export interface WorkspaceHooks {
  connection: Pick<Connection, 'sendDiagnostics'>;
  configs: ConfigFinder;
  /** URIs of the documents open in the editor. */
  openUris(): string[];
  /** Forget the cached analysis of an open document and validate it again. */
  revalidateOpen(uri: string): void;
  optionsFor(uri: string): LintOptions;
  log(message: string): void;
}

const CHUNK = 25;
const DEBOUNCE_MS = 150;

export class WorkspaceIndex {
  readonly host = new ProjectHost();
  private readonly known = new Set<ProjectIndex>();
  private pass = 0;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private readonly dirty = new Set<ProjectIndex>();

  constructor(private readonly hooks: WorkspaceHooks) {}

  private indexForPath(path: string): ProjectIndex | undefined {
    try {
      const loaded = this.hooks.configs.forFile(path);
      const index = loaded ? this.host.indexFor(loaded) : this.host.implicitIndexFor(path);
      if (!index) return undefined;
      if (!this.known.has(index)) {
        // First file of this project: publish the closed files of the whole project once.
        this.known.add(index);
        this.markDirty(index);
      }
      return index;
    } catch (e) {
      this.hooks.log(`project model: ${(e as Error).message}`);
      return undefined;
    }
  }

  /**
   * Validates an open document with its project views, or alone when no nelint.json applies — then incrementally
   * from the previous version's state when there is one.
   */
  validate(
    uri: string,
    doc: PlistDocument,
    options: LintOptions,
    previous?: ValidationState,
    located?: LocatedEdit,
  ): ValidationState {
    const index = uri.startsWith('file:') ? this.indexForPath(uriToPath(uri)) : undefined;
    if (!index) return previous ? revalidate(previous, doc, options, located) : validateState(doc, options);
    const path = uriToPath(uri);
    this.host.setOpenDocument(path, doc);
    const contexts = projectOptions(index, path, options);
    if (contexts.length <= 1) {
      // One context (the usual case for a profile): the same incremental path, with the project view.
      const single = contexts[0] ?? options;
      const state = previous ? revalidate(previous, doc, single, located) : validateState(doc, single);
      return { ...state, diagnostics: withoutLostN02(state.diagnostics, contexts) };
    }
    const diagnostics = validateWithProject(doc, options, index, path);
    return { doc, options, file: resolveFileContext(doc, options), byRule: new Map(), diagnostics, mode: 'project' };
  }

  /** An open document's text changed: its dependents (every other file of its project) are re-validated. */
  changed(uri: string): void {
    if (!uri.startsWith('file:')) return;
    const path = uriToPath(uri);
    const index = this.indexForPath(path);
    if (index && index.usesOf(path).length) this.markDirty(index);
  }

  closed(uri: string): void {
    if (!uri.startsWith('file:')) return;
    const path = uriToPath(uri);
    this.host.setOpenDocument(path, undefined);
    this.host.fileChanged(path);
    const index = this.indexForPath(path);
    if (index && index.usesOf(path).length) this.markDirty(index);
  }

  /** Files changed on disk (watcher): drop cached documents; a nelint.json change rebuilds every model. */
  filesChanged(uris: string[]): void {
    if (uris.some((u) => /(^|\/)(nelint\.json|\.nelintrc\.json|project\.pbxproj|[^/]*\.xcconfig)$/.test(u))) {
      this.host.reset();
      this.known.clear();
      return;
    }
    for (const u of uris) if (u.startsWith('file:')) this.host.fileChanged(uriToPath(u));
    for (const index of this.known) this.markDirty(index);
  }

  /** The configuration profiles of the project a file belongs to (cross-profile VPNUUID navigation). */
  profilesFor(uri: string): PlistDocument[] {
    if (!uri.startsWith('file:')) return [];
    const path = uriToPath(uri);
    return this.indexForPath(path)?.viewsFor(path)[0]?.profiles ?? [];
  }

  /** Line index of another file (for workspace edits in quick fixes). */
  lineIndexOf(path: string): LineIndex | undefined {
    return this.host.load(path)?.lineIndex;
  }

  private markDirty(index: ProjectIndex): void {
    this.dirty.add(index);
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      this.timer = undefined;
      const indexes = [...this.dirty];
      this.dirty.clear();
      void this.run(indexes, ++this.pass);
    }, DEBOUNCE_MS);
  }

  /** Re-validates every file of the given projects: open ones through the editor path, closed ones here. */
  private async run(indexes: ProjectIndex[], pass: number): Promise<void> {
    const open = new Map(this.hooks.openUris().map((u) => [normalizePath(uriToPath(u)), u]));
    const closed: { path: string; index: ProjectIndex }[] = [];
    for (const index of indexes) {
      for (const path of index.files()) {
        const uri = open.get(path);
        if (uri) this.hooks.revalidateOpen(uri);
        else closed.push({ path, index });
      }
    }
    for (let i = 0; i < closed.length; i += CHUNK) {
      if (pass !== this.pass) return; // a newer pass superseded this one
      for (const { path, index } of closed.slice(i, i + CHUNK)) await this.publishClosed(path, index);
      await new Promise((r) => setImmediate(r));
    }
  }

  private async publishClosed(path: string, index: ProjectIndex): Promise<void> {
    const doc = this.host.load(path);
    const uri = pathToUri(path);
    if (!doc) return;
    try {
      const diags = validateWithProject(doc, this.hooks.optionsFor(uri), index, path);
      await this.hooks.connection.sendDiagnostics({ uri, diagnostics: diags.map(toLspDiagnostic) });
    } catch (e) {
      this.hooks.log(`validating ${path} failed: ${(e as Error).message}`);
    }
  }

  /** Resolves when no pass is scheduled (tests). */
  idle(): boolean {
    return !this.timer;
  }
}

/** `nelint/createProjectFile`: the nelint.json for the (single) Xcode project in or below a workspace folder. */
export function createProjectFile(folderUri: string): CreateProjectFileResult {
  const folder = uriToPath(folderUri);
  try {
    const projects = xcodeprojsBelow(folder);
    if (projects.length === 0) return { error: `no .xcodeproj in ${folder}` };
    if (projects.length > 1) {
      return {
        error: `several Xcode projects (${projects.map((p) => p.slice(folder.length + 1)).join(', ')}); run \`nelint init PATH\``,
      };
    }
    return { text: nelintJsonFromXcode(projects[0], folder).text };
  } catch (e) {
    return { error: (e as Error).message };
  }
}
