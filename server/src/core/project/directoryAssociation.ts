/**
 * Catalog §1.10, last association source: an entitlements file that is the ONLY entitlements file in its
 * directory, with exactly one `*.provisionprofile` / `*.mobileprovision` beside it, is signed with that profile.
 * (The target's bundle identifier is unknown here, so the profile must be the only one.) This is not target
 * pairing: it links one entitlements file to one profile, so provisioning/ rules (N01, N23–N25) work without a
 * project file. The single target's role stays unknown.
 */
import type { ProjectModel } from './model';
import { DEFAULT_CONFIGURATION } from './model';
import { baseName, dirOf, joinPath, normalizePath } from './paths';
import { kindFromFileName } from '../context/detectKind';

export function modelFromDirectory(entitlementsPath: string, entries: readonly string[]): ProjectModel | undefined {
  const file = normalizePath(entitlementsPath);
  if (kindFromFileName(file) !== 'entitlements') return undefined;
  const dir = dirOf(file);
  const ents = entries.filter((e) => kindFromFileName(e) === 'entitlements');
  const profiles = entries.filter((e) => kindFromFileName(e) === 'provisioning-profile');
  if (ents.length !== 1 || ents[0] !== baseName(file) || profiles.length !== 1) return undefined;
  return {
    source: 'directory',
    dir,
    configurations: [DEFAULT_CONFIGURATION],
    profileGlobs: [],
    targets: [
      {
        name: baseName(file).replace(/\.[^.]+$/, ''),
        role: 'app',
        roleKnown: false,
        embeds: [],
        configurations: {
          [DEFAULT_CONFIGURATION]: {
            entitlements: file,
            provisioningProfile: joinPath(dir, profiles[0]),
            buildSettings: {},
          },
        },
      },
    ],
  };
}
