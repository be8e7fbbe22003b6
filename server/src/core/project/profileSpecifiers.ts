/**
 * Catalog §1.10 (Xcode provider): a target configuration's provisioning profile is the workspace profile named by
 * `PROVISIONING_PROFILE_SPECIFIER` (its `Name`) or `PROVISIONING_PROFILE` (its `UUID`). Ambiguous names (two
 * profiles with the same Name) associate nothing.
 */
import type { ProjectModel } from './model';

export interface KnownProfile {
  path: string;
  name?: string;
  uuid?: string;
}

export function attachProfilesBySpecifier(model: ProjectModel, profiles: readonly KnownProfile[]): void {
  const unique = (key: 'name' | 'uuid', value: string) => {
    const hits = profiles.filter((p) => p[key] === value);
    return hits.length === 1 ? hits[0].path : undefined;
  };
  for (const t of model.targets) {
    for (const c of Object.values(t.configurations)) {
      if (c.provisioningProfile) continue;
      const spec = c.buildSettings.PROVISIONING_PROFILE_SPECIFIER?.trim();
      const uuid = c.buildSettings.PROVISIONING_PROFILE?.trim();
      c.provisioningProfile = (spec && unique('name', spec)) || (uuid && unique('uuid', uuid)) || undefined;
    }
  }
}

/** True when some configuration names a profile by specifier or UUID (worth looking for profiles on disk). */
export function wantsProfiles(model: ProjectModel): boolean {
  return model.targets.some((t) =>
    Object.values(t.configurations).some(
      (c) =>
        !c.provisioningProfile &&
        (c.buildSettings.PROVISIONING_PROFILE_SPECIFIER || c.buildSettings.PROVISIONING_PROFILE),
    ),
  );
}
