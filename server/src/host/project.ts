/**
 * Project models on disk for the CLI and the language server: nelint.json → `ProjectModel` → `ProjectIndex`, with
 * a document loader that reads each file once (binary/CMS containers decoded) and lets the editor's open buffers
 * override the disk. Configuration-profile globs are expanded here (the core never lists directories).
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import type { PlistDocument } from '../core/model/document';
import { loadDocumentFromBytes } from '../core/engine/loadDocument';
import { modelFromConfig } from '../core/project/model';
import { modelFromXcode } from '../core/project/xcode';
import { appBundleOf, modelFromBundle } from '../core/project/bundleLayout';
import { modelFromDirectory } from '../core/project/directoryAssociation';
import { attachProfilesBySpecifier, wantsProfiles } from '../core/project/profileSpecifiers';
import { summarizeProvisioningProfile } from '../core/container/provisioningProfile';
import { existsSync } from 'node:fs';
import { isDict, isString } from '../core/model/plist';
import type { ProjectModel } from '../core/project/model';
import { ProjectIndex } from '../core/project/projectIndex';
import { normalizePath } from '../core/project/paths';
import { matchGlob } from '../core/text/glob';
import type { LoadedConfig } from './config';

const MAX_BYTES = 50 * 1024 * 1024;
const SKIPPED_DIRS = new Set(['node_modules', '.git', 'build', 'DerivedData']);
const DEFAULT_PROFILE_GLOBS = ['**/*.mobileconfig'];

/** Files under `dir` matching any glob (relative, forward slashes); iterative, bounded by `limit` files. */
export function expandGlobs(dir: string, globs: readonly string[], limit = 20000): string[] {
  const out: string[] = [];
  const stack = [dir];
  let seen = 0;
  while (stack.length && seen < limit) {
    const d = stack.pop()!;
    let entries;
    try {
      entries = readdirSync(d, { withFileTypes: true });
    } catch {
      continue;
    }
    for (const e of entries) {
      const p = join(d, e.name);
      if (e.isDirectory()) {
        if (!SKIPPED_DIRS.has(e.name)) stack.push(p);
      } else if (e.isFile()) {
        seen++;
        const rel = relative(dir, p).split('\\').join('/');
        if (globs.some((g) => matchGlob(g, rel))) out.push(normalizePath(p));
      }
    }
  }
  return out.sort();
}

export class ProjectHost {
  private readonly docs = new Map<string, PlistDocument | null>();
  private readonly overrides = new Map<string, PlistDocument>();
  private readonly indexes = new Map<string, ProjectIndex>();

  constructor(private readonly now?: Date) {}

  /** A document by path: the editor's buffer when one is registered, else the file on disk (cached). */
  load = (path: string): PlistDocument | undefined => {
    const key = normalizePath(resolve(path));
    const open = this.overrides.get(key);
    if (open) return open;
    if (!this.docs.has(key)) this.docs.set(key, this.readDisk(key));
    return this.docs.get(key) ?? undefined;
  };

  private readDisk(path: string): PlistDocument | null {
    try {
      if (statSync(path).size > MAX_BYTES) return null;
      const doc = loadDocumentFromBytes(path, readFileSync(path));
      return doc;
    } catch {
      return null;
    }
  }

  /** Registers (or with undefined, removes) an editor buffer for `path`; views are rebuilt lazily. */
  setOpenDocument(path: string, doc: PlistDocument | undefined): void {
    const key = normalizePath(resolve(path));
    if (doc) this.overrides.set(key, doc);
    else this.overrides.delete(key);
    this.invalidate();
  }

  /** A file changed on disk (or was fixed): forget its cached document. */
  fileChanged(path: string): void {
    this.docs.delete(normalizePath(resolve(path)));
    this.invalidate();
  }

  /** Forget everything (nelint.json changed, files created/deleted). */
  reset(): void {
    this.docs.clear();
    this.indexes.clear();
    this.xcodeByDir.clear();
    this.bundles.clear();
    this.directories.clear();
  }

  private invalidate(): void {
    for (const idx of this.indexes.values()) idx.invalidate();
  }

  /** The index of a loaded nelint.json (built once per config file). */
  indexFor(config: LoadedConfig): ProjectIndex {
    let idx = this.indexes.get(config.path);
    if (!idx) {
      const model = modelFromConfig(config.config, config.dir);
      idx = this.indexOf(model);
      this.indexes.set(config.path, idx);
    }
    return idx;
  }

  private readonly xcodeByDir = new Map<string, ProjectIndex[]>();
  private readonly bundles = new Map<string, ProjectIndex | null>();

  /** The built `X.app` layout containing `file` (§1.7 source 2), when there is one. */
  bundleIndexFor(file: string): ProjectIndex | undefined {
    const app = appBundleOf(normalizePath(resolve(file)));
    if (!app) return undefined;
    let hit = this.bundles.get(app);
    if (hit === undefined) {
      const model = modelFromBundle(app, {
        list: (dir) => {
          try {
            return readdirSync(dir);
          } catch {
            return undefined;
          }
        },
        exists: (p) => existsSync(p),
        bundleIdentifier: (info) => {
          const root = this.load(info)?.root;
          const v = isDict(root) ? root.map.get('CFBundleIdentifier')?.value : undefined;
          return isString(v) ? v.text.trim() : undefined;
        },
      });
      hit = model ? new ProjectIndex(model, this.load, { now: this.now }) : null;
      this.bundles.set(app, hit);
    }
    return hit ?? undefined;
  }

  private readonly directories = new Map<string, ProjectIndex | null>();

  /** §1.10: the only entitlements file of a directory and the only provisioning profile beside it. */
  directoryIndexFor(file: string): ProjectIndex | undefined {
    const path = normalizePath(resolve(file));
    let hit = this.directories.get(path);
    if (hit === undefined) {
      let entries: string[] = [];
      try {
        entries = readdirSync(dirname(path));
      } catch {
        // unreadable directory: no association
      }
      const model = modelFromDirectory(path, entries);
      hit = model ? new ProjectIndex(model, this.load, { now: this.now }) : null;
      this.directories.set(path, hit);
    }
    return hit ?? undefined;
  }

  /**
   * Without nelint.json (§1.7 precedence): a built bundle layout, then an Xcode project naming the file, then the
   * §1.10 directory association for an entitlements file and a lone provisioning profile.
   */
  implicitIndexFor(file: string): ProjectIndex | undefined {
    const bundle = this.bundleIndexFor(file);
    if (bundle) return bundle;
    const xcode = this.xcodeIndexFor(file);
    if (xcode?.usesOf(file).length) return xcode;
    return this.directoryIndexFor(file) ?? xcode;
  }

  /**
   * The Xcode project that applies to `file` when no nelint.json does: the nearest ancestor directory holding
   * `*.xcodeproj/project.pbxproj` (the one naming the file when there are several).
   */
  xcodeIndexFor(file: string): ProjectIndex | undefined {
    let dir = dirname(resolve(file));
    for (let guard = 0; guard < 64; guard++) {
      const found = this.xcodeIn(dir);
      if (found.length) return found.find((i) => i.usesOf(file).length) ?? found[0];
      const parent = dirname(dir);
      if (parent === dir) break;
      dir = parent;
    }
    return undefined;
  }

  private xcodeIn(dir: string): ProjectIndex[] {
    const hit = this.xcodeByDir.get(dir);
    if (hit) return hit;
    const out: ProjectIndex[] = [];
    let names: string[] = [];
    try {
      names = readdirSync(dir)
        .filter((n) => n.endsWith('.xcodeproj'))
        .sort();
    } catch {
      // unreadable directory: no project here
    }
    for (const n of names) {
      const pbx = join(dir, n, 'project.pbxproj');
      try {
        const model = modelFromXcode({
          pbxprojPath: pbx,
          text: readFileSync(pbx, 'utf8'),
          readText: readTextOrUndefined,
        });
        if (wantsProfiles(model)) {
          const paths = expandGlobs(model.dir, ['**/*.provisionprofile', '**/*.mobileprovision']);
          const known = paths.map((p) => {
            const doc = this.load(p);
            const summary = doc && summarizeProvisioningProfile(doc);
            return { path: p, name: summary?.name, uuid: summary?.uuid };
          });
          attachProfilesBySpecifier(model, known);
        }
        if (model.targets.length) out.push(this.indexOf(model));
      } catch {
        // Not a readable/parsable project: ignored (nelint never fails a lint because of a project file).
      }
    }
    this.xcodeByDir.set(dir, out);
    return out;
  }

  indexOf(model: ProjectModel): ProjectIndex {
    const globs = model.profileGlobs.length ? model.profileGlobs : DEFAULT_PROFILE_GLOBS;
    return new ProjectIndex(model, this.load, { profilePaths: expandGlobs(model.dir, globs), now: this.now });
  }
}

function readTextOrUndefined(path: string): string | undefined {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return undefined;
  }
}
