/**
 * The project model (catalog §1.7): targets with roles, per-configuration files and settings, embeds, and the
 * workspace's configuration profiles. One shape for every source (nelint.json, Xcode project, built bundle
 * layout), so the views and rules never care where the facts came from. Paths are normalized (`paths.ts`).
 */
import type { Distribution, Platform, Role } from '../context/types';
import type { NelintConfig, NelintConfigurationSettings } from './config';
import { joinPath } from './paths';

type Explicit<T extends string> = Exclude<T, 'unknown'>;

/** Everything known about one target in one configuration (configuration > target > root already applied). */
export interface TargetConfiguration {
  distribution?: Explicit<Distribution>;
  platform?: Explicit<Platform>;
  entitlements?: string;
  infoPlist?: string;
  provisioningProfile?: string;
  bundleIdentifier?: string;
  team?: string;
  buildSettings: Record<string, string>;
  infoPlistKeys?: Record<string, unknown>;
  generateInfoPlist?: boolean;
  /** Xcode `CODE_SIGN_IDENTITY` (§1.8 tier 3). */
  codeSignIdentity?: string;
  /** Platform implied by `SDKROOT`/`SUPPORTED_PLATFORMS` (§1.9 tier 3). */
  sdkPlatform?: Explicit<Platform>;
}

export interface TargetModel {
  name: string;
  role: Explicit<Role>;
  /** False when the source cannot tell the role (§1.10 directory association): the context keeps it unknown. */
  roleKnown?: boolean;
  /** Names of the targets this one embeds. */
  embeds: string[];
  /** Keyed by configuration name; every name of `ProjectModel.configurations` is present. */
  configurations: Record<string, TargetConfiguration>;
}

export interface ProjectModel {
  source: 'nelint.json' | 'xcode' | 'bundle' | 'directory';
  /** Directory the model's relative paths were resolved against (the nelint.json / .xcodeproj folder). */
  dir: string;
  configurations: string[];
  targets: TargetModel[];
  /** Globs (relative to `dir`) naming the workspace's configuration profiles. */
  profileGlobs: string[];
  /** Root-level minimumOS (nelint.json). */
  minimumOS?: Partial<Record<Explicit<Platform>, string>>;
}

/** Configuration name used when the model names none. */
export const DEFAULT_CONFIGURATION = 'default';

function layer(
  dir: string,
  base: TargetConfiguration,
  s: NelintConfigurationSettings | undefined,
): TargetConfiguration {
  if (!s) return base;
  return {
    ...base,
    ...(s.distribution ? { distribution: s.distribution } : {}),
    ...(s.platform ? { platform: s.platform } : {}),
    ...(s.entitlements ? { entitlements: joinPath(dir, s.entitlements) } : {}),
    ...(s.infoPlist ? { infoPlist: joinPath(dir, s.infoPlist) } : {}),
    ...(s.provisioningProfile ? { provisioningProfile: joinPath(dir, s.provisioningProfile) } : {}),
    buildSettings: { ...base.buildSettings, ...(s.buildSettings ?? {}) },
  };
}

/** Builds the model from a validated nelint.json found in `dir` (absolute, any slash style). */
export function modelFromConfig(config: NelintConfig, dir: string): ProjectModel {
  const targets = config.targets ?? [];
  const names = new Set<string>();
  for (const t of targets) for (const c of Object.keys(t.configurations ?? {})) names.add(c);
  const configurations = names.size ? [...names] : [DEFAULT_CONFIGURATION];
  const root: TargetConfiguration = {
    distribution: config.distribution,
    platform: config.platform,
    team: config.team,
    buildSettings: { ...(config.buildSettings ?? {}) },
  };
  return {
    source: 'nelint.json',
    dir: joinPath(dir, '.'),
    configurations,
    profileGlobs: config.profiles ?? [],
    minimumOS: config.minimumOS,
    targets: targets.map((t) => {
      const targetLevel = layer(dir, root, t);
      targetLevel.bundleIdentifier = t.bundleIdentifier;
      if (t.team) targetLevel.team = t.team;
      if (t.infoPlistKeys) targetLevel.infoPlistKeys = t.infoPlistKeys;
      if (t.generateInfoPlist !== undefined) targetLevel.generateInfoPlist = t.generateInfoPlist;
      const byConfig: Record<string, TargetConfiguration> = {};
      for (const c of configurations) byConfig[c] = layer(dir, targetLevel, t.configurations?.[c]);
      return { name: t.name, role: t.role, embeds: t.embeds ?? [], configurations: byConfig };
    }),
  };
}
