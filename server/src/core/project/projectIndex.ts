/**
 * Turns a `ProjectModel` into the `ProjectView`s the engine gives cross-file rules: one view per configuration,
 * built lazily and cached, and the list of (configuration, target, role) uses of any file. Pure: documents come
 * from the `load` function of the host (CLI: files on disk; language server: open buffers, then disk).
 */
import type { PlistDocument } from '../model/document';
import type { ProjectTargetView, ProjectView } from './types';
import type { ProjectModel, TargetModel } from './model';
import { normalizePath } from './paths';
import { targetContext } from './targetContext';
import { resolveBuildVariables } from '../text/buildVariables';

export type DocumentLoader = (path: string) => PlistDocument | undefined;

type FileRole = NonNullable<ProjectView['fileRole']>;

export interface FileUse {
  configuration: string;
  target?: string;
  fileRole: FileRole;
}

export interface ProjectIndexOptions {
  /** Paths of the workspace's configuration profiles (the host expands `profileGlobs`). */
  profilePaths?: readonly string[];
  now?: Date;
}

export class ProjectIndex {
  private readonly views = new Map<string, ProjectView>();
  private readonly uses = new Map<string, FileUse[]>();
  private profilePaths: string[];

  constructor(
    readonly model: ProjectModel,
    private readonly load: DocumentLoader,
    private readonly options: ProjectIndexOptions = {},
  ) {
    this.profilePaths = (options.profilePaths ?? []).map(normalizePath);
    this.indexUses();
  }

  private indexUses(): void {
    this.uses.clear();
    const add = (path: string | undefined, use: FileUse) => {
      if (!path) return;
      const list = this.uses.get(path) ?? [];
      list.push(use);
      this.uses.set(path, list);
    };
    for (const configuration of this.model.configurations) {
      for (const t of this.model.targets) {
        const s = t.configurations[configuration];
        add(s.entitlements, { configuration, target: t.name, fileRole: 'entitlements' });
        add(s.infoPlist, { configuration, target: t.name, fileRole: 'info-plist' });
        add(s.provisioningProfile, { configuration, target: t.name, fileRole: 'provisioning-profile' });
      }
      for (const p of this.profilePaths) add(p, { configuration, fileRole: 'profile' });
    }
  }

  /** Every file the model names (entitlements, Info.plists, provisioning profiles, configuration profiles). */
  files(): string[] {
    return [...this.uses.keys()];
  }

  usesOf(path: string): FileUse[] {
    return this.uses.get(normalizePath(path)) ?? [];
  }

  /** Drops cached views (a file of the model changed); `profilePaths` replaces the profile list when given. */
  invalidate(profilePaths?: readonly string[]): void {
    this.views.clear();
    if (profilePaths) {
      this.profilePaths = profilePaths.map(normalizePath);
      this.indexUses();
    }
  }

  /** One view per use of the file (empty when the model does not name it). */
  viewsFor(path: string): ProjectView[] {
    return this.usesOf(path).map((u) => {
      const view = this.view(u.configuration);
      return { ...view, target: view.targets.find((t) => t.name === u.target), fileRole: u.fileRole };
    });
  }

  view(configuration: string): ProjectView {
    const hit = this.views.get(configuration);
    if (hit) return hit;
    const targets = this.model.targets.map((t) => this.targetView(t, configuration));
    const byName = new Map(targets.map((t) => [t.name, t]));
    for (const [i, t] of this.model.targets.entries()) {
      for (const name of t.embeds) {
        const child = byName.get(name);
        if (!child || child === targets[i]) continue;
        targets[i].embeds.push(child);
        child.embeddedBy.push(targets[i]);
      }
    }
    const profiles = this.profilePaths.map((p) => this.load(p)).filter((d): d is PlistDocument => !!d);
    const view: ProjectView = { configuration, targets, profiles };
    this.views.set(configuration, view);
    return view;
  }

  private targetView(t: TargetModel, configuration: string): ProjectTargetView {
    const s = t.configurations[configuration];
    const docs = {
      entitlements: s.entitlements ? this.load(s.entitlements) : undefined,
      infoPlist: s.infoPlist ? this.load(s.infoPlist) : undefined,
      provisioningProfile: s.provisioningProfile ? this.load(s.provisioningProfile) : undefined,
    };
    const context = targetContext(
      t,
      configuration,
      s,
      docs,
      this.model.minimumOS ?? {},
      this.options.now ?? new Date(),
    );
    const bundleIdentifier = s.bundleIdentifier
      ? resolveBundleId(s.bundleIdentifier, context.lookupVariable)
      : undefined;
    return {
      name: t.name,
      role: t.role,
      bundleIdentifier,
      ...docs,
      embeds: [],
      embeddedBy: [],
      context,
      entitlementsPath: s.entitlements,
      infoPlistPath: s.infoPlist,
      provisioningProfilePath: s.provisioningProfile,
      infoPlistKeys: s.infoPlistKeys,
      generateInfoPlist: s.generateInfoPlist,
      settings: s,
    };
  }
}

/** A bundle identifier with every variable resolved, else undefined (rules compare identifiers literally). */
function resolveBundleId(id: string, lookup: (n: string) => string | undefined): string | undefined {
  const r = resolveBuildVariables(id, (n) => (n === 'PRODUCT_BUNDLE_IDENTIFIER' ? undefined : lookup(n)));
  return r.complete ? r.text : undefined;
}
