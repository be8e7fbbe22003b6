/**
 * Built-product layouts (catalog §1.7 source 2): an `X.app` with its system extensions
 * (`Contents/Library/SystemExtensions/Y.systemextension`) and app extensions (`Contents/PlugIns/Y.appex` on macOS,
 * `PlugIns/Y.appex` on iOS), each with its `Info.plist` and `embedded.provisionprofile` / `embedded.mobileprovision`.
 * A bundle layout is one configuration. Entitlements live in the code signature (not read in this version), so
 * rules whose evidence is an entitlements file stay silent for these targets.
 */
import type { Role } from '../context/types';
import type { ProjectModel, TargetConfiguration, TargetModel } from './model';
import { DEFAULT_CONFIGURATION } from './model';
import { joinPath, normalizePath } from './paths';

export interface BundleIO {
  /** Entry names of a directory, or undefined when it does not exist. */
  list(dir: string): string[] | undefined;
  exists(path: string): boolean;
  /** CFBundleIdentifier of an Info.plist, when literal. */
  bundleIdentifier(infoPlist: string): string | undefined;
}

/** The outermost `X.app` directory containing `path`, if any. */
export function appBundleOf(path: string): string | undefined {
  const n = normalizePath(path);
  const m = /^(.*?\.app)(\/|$)/.exec(n);
  return m ? m[1] : undefined;
}

function target(
  io: BundleIO,
  name: string,
  role: Exclude<Role, 'unknown'>,
  contents: string,
  macos: boolean,
): TargetModel | undefined {
  const infoPlist = joinPath(contents, 'Info.plist');
  if (!io.exists(infoPlist)) return undefined;
  const profile = ['embedded.provisionprofile', 'embedded.mobileprovision']
    .map((f) => joinPath(contents, f))
    .find((p) => io.exists(p));
  const settings: TargetConfiguration = {
    infoPlist,
    provisioningProfile: profile,
    bundleIdentifier: io.bundleIdentifier(infoPlist),
    buildSettings: {},
    ...(macos ? { sdkPlatform: 'macos' as const } : {}),
  };
  return { name, role, embeds: [], configurations: { [DEFAULT_CONFIGURATION]: settings } };
}

const stem = (bundle: string) => bundle.replace(/\.[^.]+$/, '');

export function modelFromBundle(app: string, io: BundleIO): ProjectModel | undefined {
  const macos = io.exists(joinPath(app, 'Contents/Info.plist'));
  const contents = macos ? joinPath(app, 'Contents') : app;
  const host = target(io, stem(app.slice(app.lastIndexOf('/') + 1)), 'app', contents, macos);
  if (!host) return undefined;
  const targets: TargetModel[] = [host];
  const add = (dir: string, ext: string, role: Exclude<Role, 'unknown'>, inner: string) => {
    for (const entry of (io.list(dir) ?? []).filter((e) => e.endsWith(ext)).sort()) {
      const t = target(io, stem(entry), role, joinPath(joinPath(dir, entry), inner), macos);
      if (t && !targets.some((x) => x.name === t.name)) {
        targets.push(t);
        host.embeds.push(t.name);
      }
    }
  };
  add(joinPath(contents, 'Library/SystemExtensions'), '.systemextension', 'system-extension', 'Contents');
  add(joinPath(contents, 'PlugIns'), '.appex', 'app-extension', macos ? 'Contents' : '.');
  return { source: 'bundle', dir: app, configurations: [DEFAULT_CONFIGURATION], targets, profileGlobs: [] };
}
