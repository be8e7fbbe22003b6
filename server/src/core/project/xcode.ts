/**
 * The Xcode provider (catalog §1.7 source 3): `project.pbxproj` → `ProjectModel`. Parsing is done by
 * `@bacons/xcode` (a maintained, typed, pure-string OpenStep-plist/pbxproj parser used by Expo); this module only
 * interprets the object graph: native targets, product types, build configurations (project + target levels,
 * xcconfig bases), the settings nelint needs, and embed relationships from copy phases and target dependencies.
 */
import { parse } from '@bacons/xcode/json';
import type { Platform, Role } from '../context/types';
import type { ProjectModel, TargetConfiguration, TargetModel } from './model';
import { dirOf, joinPath } from './paths';
import { readXcconfig } from './xcconfig';
import type { ReadText } from './xcconfig';
import { resolveBuildVariables } from '../text/buildVariables';

type Obj = Record<string, unknown>;
type Explicit<T extends string> = Exclude<T, 'unknown'>;

const ROLES: Record<string, Explicit<Role>> = {
  'com.apple.product-type.application': 'app',
  'com.apple.product-type.system-extension': 'system-extension',
  'com.apple.product-type.app-extension': 'app-extension',
  'com.apple.product-type.extensionkit-extension': 'app-extension',
};
const SDKS: Record<string, Explicit<Platform>> = {
  macosx: 'macos',
  iphoneos: 'ios',
  appletvos: 'tvos',
  xros: 'visionos',
};

export interface XcodeInput {
  /** Path of `X.xcodeproj/project.pbxproj`. */
  pbxprojPath: string;
  text: string;
  /** Reads xcconfig files (undefined when missing). */
  readText?: ReadText;
}

const str = (v: unknown): string | undefined =>
  typeof v === 'string' ? v : Array.isArray(v) ? v.filter((x) => typeof x === 'string').join(' ') : undefined;

class Graph {
  readonly objects: Record<string, Obj>;
  private readonly parents = new Map<string, string>();
  constructor(project: Obj) {
    this.objects = (project.objects ?? {}) as Record<string, Obj>;
    for (const [id, o] of Object.entries(this.objects)) {
      if (Array.isArray(o.children)) for (const c of o.children) if (typeof c === 'string') this.parents.set(c, id);
    }
  }
  get(id: unknown): Obj | undefined {
    return typeof id === 'string' ? this.objects[id] : undefined;
  }
  list(id: unknown, key: string): Obj[] {
    const ids = this.get(id)?.[key];
    return Array.isArray(ids) ? ids.map((i) => this.get(i)).filter((o): o is Obj => !!o) : [];
  }
  /** Path of a file reference relative to SRCROOT (groups joined; `SOURCE_ROOT` / absolute honoured). */
  filePath(id: string, srcRoot: string): string | undefined {
    const ref = this.objects[id];
    const path = str(ref?.path);
    if (!ref || !path) return undefined;
    if (ref.sourceTree === '<absolute>') return path;
    if (ref.sourceTree === 'SOURCE_ROOT') return joinPath(srcRoot, path);
    if (ref.sourceTree !== '<group>') return undefined;
    const parts = [path];
    let cur = this.parents.get(id);
    for (let guard = 0; cur && guard < 100; guard++) {
      const g = this.objects[cur];
      const gp = str(g?.path);
      if (gp) parts.unshift(gp);
      if (g?.sourceTree === 'SOURCE_ROOT' || g?.sourceTree === '<absolute>') break;
      cur = this.parents.get(cur);
    }
    return joinPath(srcRoot, parts.join('/'));
  }
}

function configurations(
  g: Graph,
  listId: unknown,
  srcRoot: string,
  read?: ReadText,
): Map<string, Record<string, string>> {
  const out = new Map<string, Record<string, string>>();
  for (const c of g.list(listId, 'buildConfigurations')) {
    const name = str(c.name) ?? 'default';
    const base =
      typeof c.baseConfigurationReference === 'string' ? g.filePath(c.baseConfigurationReference, srcRoot) : undefined;
    const settings: Record<string, string> = base && read ? readXcconfig(base, read) : {};
    for (const [k, v] of Object.entries((c.buildSettings ?? {}) as Obj)) {
      const s = str(v);
      if (s !== undefined) settings[k] = s.replace(/\$\(inherited\)\s*/g, '').trim();
    }
    out.set(name, settings);
  }
  return out;
}

function pathSetting(
  value: string | undefined,
  srcRoot: string,
  lookup: (n: string) => string | undefined,
): string | undefined {
  if (!value) return undefined;
  const r = resolveBuildVariables(value, (n) =>
    n === 'SRCROOT' || n === 'PROJECT_DIR' || n === 'SOURCE_ROOT' ? srcRoot : lookup(n),
  );
  return r.complete ? joinPath(srcRoot, r.text) : undefined;
}

function settingsFor(target: Obj, s: Record<string, string>, srcRoot: string): TargetConfiguration {
  const lookup = (n: string) => s[n] ?? (n === 'TARGET_NAME' || n === 'PRODUCT_NAME' ? str(target.name) : undefined);
  const infoPlistKeys: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(s)) if (k.startsWith('INFOPLIST_KEY_')) infoPlistKeys[k.slice(14)] = v;
  const sdk = SDKS[(s.SDKROOT ?? '').toLowerCase()];
  const supported = (s.SUPPORTED_PLATFORMS ?? '').split(/\s+/).filter(Boolean);
  const one = supported.length === 1 ? SDKS[supported[0].replace(/simulator$/, 'os')] : undefined;
  return {
    entitlements: pathSetting(s.CODE_SIGN_ENTITLEMENTS, srcRoot, lookup),
    infoPlist:
      s.GENERATE_INFOPLIST_FILE === 'YES' && !s.INFOPLIST_FILE
        ? undefined
        : pathSetting(s.INFOPLIST_FILE, srcRoot, lookup),
    bundleIdentifier: s.PRODUCT_BUNDLE_IDENTIFIER,
    team: s.DEVELOPMENT_TEAM || undefined,
    buildSettings: { ...s, PRODUCT_NAME: s.PRODUCT_NAME || str(target.name) || '' },
    infoPlistKeys: Object.keys(infoPlistKeys).length ? infoPlistKeys : undefined,
    generateInfoPlist: s.GENERATE_INFOPLIST_FILE === 'YES' ? true : undefined,
    codeSignIdentity: s['CODE_SIGN_IDENTITY[sdk=macosx*]'] ?? s.CODE_SIGN_IDENTITY,
    sdkPlatform: one ?? (supported.length ? undefined : sdk),
  };
}

function embedsOf(
  g: Graph,
  target: Obj,
  byProduct: Map<string, string>,
  byId: Map<Obj, string>,
  roles: Map<string, Explicit<Role>>,
): string[] {
  const out = new Set<string>();
  for (const phase of g.list(byId.get(target), 'buildPhases')) {
    if (phase.isa !== 'PBXCopyFilesBuildPhase') continue;
    for (const bf of g.list(phase.__id, 'files')) {
      const name = typeof bf.fileRef === 'string' ? byProduct.get(bf.fileRef) : undefined;
      if (name) out.add(name);
    }
  }
  for (const dep of g.list(byId.get(target), 'dependencies')) {
    const t = g.get(dep.target);
    const name = t ? str(t.name) : undefined;
    if (name && roles.get(name) && roles.get(name) !== 'app') out.add(name);
  }
  return [...out].filter((n) => roles.has(n));
}

/** Builds the model of one Xcode project; targets of other product types (tests, frameworks) are left out. */
export function modelFromXcode(input: XcodeInput): ProjectModel {
  const project = parse(input.text) as unknown as Obj;
  const g = new Graph(project);
  for (const [id, o] of Object.entries(g.objects)) Object.defineProperty(o, '__id', { value: id, enumerable: false });
  const srcRoot = dirOf(dirOf(input.pbxprojPath));
  const root = g.get(project.rootObject) ?? {};
  const projectConfigs = configurations(g, root.buildConfigurationList, srcRoot, input.readText);
  const natives = g
    .list(project.rootObject, 'targets')
    .filter((t) => t.isa === 'PBXNativeTarget' && ROLES[str(t.productType) ?? '']);
  const roles = new Map(natives.map((t) => [str(t.name)!, ROLES[str(t.productType)!]]));
  const byProduct = new Map<string, string>();
  const byId = new Map<Obj, string>();
  for (const t of natives) {
    byId.set(t, (t as { __id?: string }).__id!);
    if (typeof t.productReference === 'string') byProduct.set(t.productReference, str(t.name)!);
  }
  const names = [...projectConfigs.keys()];
  const targets: TargetModel[] = natives.map((t) => {
    const own = configurations(g, t.buildConfigurationList, srcRoot, input.readText);
    const byConfig: Record<string, TargetConfiguration> = {};
    for (const name of names.length ? names : [...own.keys()]) {
      byConfig[name] = settingsFor(t, { ...(projectConfigs.get(name) ?? {}), ...(own.get(name) ?? {}) }, srcRoot);
    }
    return {
      name: str(t.name)!,
      role: ROLES[str(t.productType)!],
      embeds: embedsOf(g, t, byProduct, byId, roles),
      configurations: byConfig,
    };
  });
  const configurationNames = names.length ? names : [...new Set(targets.flatMap((t) => Object.keys(t.configurations)))];
  for (const t of targets) for (const c of configurationNames) t.configurations[c] ??= { buildSettings: {} };
  return { source: 'xcode', dir: srcRoot, configurations: configurationNames, targets, profileGlobs: [] };
}
