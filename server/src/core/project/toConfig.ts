/**
 * `ProjectModel` → `nelint.json` (for `nelint init` and the editor command "Create nelint.json from the Xcode
 * project"): users pin or adjust what nelint inferred. Paths become relative to the output directory; values that
 * are equal in every configuration are written once at the target level; bundle identifiers are resolved.
 */
import type { NelintConfig, NelintConfigurationSettings, NelintTarget } from './config';
import type { ProjectModel, TargetConfiguration, TargetModel } from './model';
import { normalizePath } from './paths';
import { distributionOfIdentity } from './targetContext';
import { resolveBuildVariables } from '../text/buildVariables';

function relativeTo(dir: string, p: string | undefined): string | undefined {
  if (!p) return undefined;
  const from = normalizePath(dir).split('/').filter(Boolean);
  const to = normalizePath(p).split('/').filter(Boolean);
  let i = 0;
  while (i < from.length && i < to.length && from[i] === to[i]) i++;
  return [...from.slice(i).map(() => '..'), ...to.slice(i)].join('/') || '.';
}

function settingsOf(dir: string, c: TargetConfiguration): NelintConfigurationSettings {
  const s: NelintConfigurationSettings = {};
  const ent = relativeTo(dir, c.entitlements);
  const info = relativeTo(dir, c.infoPlist);
  const dist = c.distribution ?? distributionOfIdentity(c.codeSignIdentity);
  const platform = c.platform ?? c.sdkPlatform;
  if (ent) s.entitlements = ent;
  if (info) s.infoPlist = info;
  if (c.provisioningProfile) s.provisioningProfile = relativeTo(dir, c.provisioningProfile);
  if (dist) s.distribution = dist;
  if (platform) s.platform = platform;
  return s;
}

function bundleId(t: TargetModel, c: TargetConfiguration): string | undefined {
  if (!c.bundleIdentifier) return undefined;
  const lookup = (n: string) =>
    c.buildSettings[n] ?? (n === 'TARGET_NAME' || n === 'PRODUCT_NAME' ? t.name : undefined);
  return resolveBuildVariables(c.bundleIdentifier, lookup).text;
}

const same = (values: (string | undefined)[]) => values.every((v) => v === values[0]);

export function configFromModel(model: ProjectModel, outDir: string): NelintConfig {
  const names = model.configurations;
  const targets: NelintTarget[] = model.targets.map((t) => {
    const per = names.map((n) => settingsOf(outDir, t.configurations[n]));
    const target: NelintTarget = { name: t.name, role: t.role };
    const first = t.configurations[names[0]];
    const id = bundleId(t, first);
    if (id) target.bundleIdentifier = id;
    const keys = ['entitlements', 'infoPlist', 'provisioningProfile', 'distribution', 'platform'] as const;
    const configurations: Record<string, NelintConfigurationSettings> = {};
    for (const k of keys) {
      const values = per.map((p) => p[k]);
      if (same(values)) {
        if (values[0] !== undefined) (target as unknown as Record<string, unknown>)[k] = values[0];
      } else {
        names.forEach((n, i) => {
          if (per[i][k] !== undefined) (configurations[n] ??= {})[k] = per[i][k] as never;
        });
      }
    }
    if (first.team) target.team = first.team;
    if (t.embeds.length) target.embeds = t.embeds;
    if (first.infoPlistKeys) target.infoPlistKeys = first.infoPlistKeys;
    if (first.generateInfoPlist) target.generateInfoPlist = true;
    if (Object.keys(configurations).length) target.configurations = configurations;
    return target;
  });
  return { targets };
}
