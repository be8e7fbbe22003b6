/**
 * The context of one target in one configuration (catalog §1.8, §1.9 tiers 1–5): explicit settings, the
 * associated provisioning profile, Xcode signing identity / SDK, the target's own NE values, and its packaging.
 * `resolveFileContext` takes these for every file of the target (project context beats file content).
 */
import type { ContextValue, Distribution, FileContext, Platform } from '../context/types';
import type { PlistDocument } from '../model/document';
import { isArray, isDict, isString } from '../model/plist';
import { summarizeProvisioningProfile } from '../container/provisioningProfile';
import { hasBuildVariable, resolveBuildVariables } from '../text/buildVariables';
import { isSuffixed } from '../knowledge/neValues';
import type { TargetConfiguration, TargetModel } from './model';

const NE_KEY = 'com.apple.developer.networking.networkextension';

export interface TargetDocuments {
  entitlements?: PlistDocument;
  infoPlist?: PlistDocument;
  provisioningProfile?: PlistDocument;
}

const val = <T>(value: T, tier: number, source: string, weak = false): ContextValue<T> => ({
  value,
  tier,
  confidence: weak ? 'weak' : 'strong',
  source,
});

/** Team from settings, else the provisioning profile's first TeamIdentifier (§1.6). */
export function teamOf(settings: TargetConfiguration, docs: TargetDocuments): string | undefined {
  const explicit = settings.buildSettings.DEVELOPMENT_TEAM ?? settings.team;
  if (explicit && !hasBuildVariable(explicit)) return explicit;
  const profile = docs.provisioningProfile && summarizeProvisioningProfile(docs.provisioningProfile);
  return profile?.teamIds[0] ?? explicit;
}

/** Build-setting lookup for the target: its settings plus the values Xcode derives (§1.6). */
export function variableLookup(
  target: TargetModel,
  configuration: string,
  settings: TargetConfiguration,
  team: string | undefined,
): (name: string) => string | undefined {
  const derived: Record<string, string | undefined> = {
    TARGET_NAME: target.name,
    PRODUCT_NAME: settings.buildSettings.PRODUCT_NAME ?? target.name,
    // Xcode derives the module name from the product name (non-identifier characters become `_`).
    PRODUCT_MODULE_NAME: '$(PRODUCT_NAME:c99extidentifier)',
    CONFIGURATION: configuration,
    PRODUCT_BUNDLE_IDENTIFIER: settings.bundleIdentifier,
    DEVELOPMENT_TEAM: team,
    TeamIdentifierPrefix: team ? `${team}.` : undefined,
    AppIdentifierPrefix: team ? `${team}.` : undefined,
  };
  return (name) => settings.buildSettings[name] ?? derived[name];
}

function neValuesOf(doc: PlistDocument | undefined, lookup: (n: string) => string | undefined): string[] {
  const root = doc?.root;
  const arr = isDict(root) ? root.map.get(NE_KEY)?.value : undefined;
  if (!isArray(arr)) return [];
  return arr.items.filter(isString).map((s) => resolveBuildVariables(s.text.trim(), lookup).text);
}

/** The distribution a code-signing identity implies (`Developer ID Application: …` → developer-id), if any. */
export function distributionOfIdentity(identity: string | undefined): Exclude<Distribution, 'unknown'> | undefined {
  if (!identity) return undefined;
  if (identity.startsWith('Developer ID Application')) return 'developer-id';
  if (/^(Apple Development|Mac Developer|iPhone Developer)/.test(identity)) return 'development';
  if (/^(Apple Distribution|3rd Party Mac Developer Application|iPhone Distribution)/.test(identity)) {
    return 'app-store';
  }
  return undefined;
}

function distributionOf(
  target: TargetModel,
  s: TargetConfiguration,
  docs: TargetDocuments,
  ne: string[],
): ContextValue<Distribution> {
  if (s.distribution) return val(s.distribution, 1, 'nelint.json');
  const profile = docs.provisioningProfile && summarizeProvisioningProfile(docs.provisioningProfile);
  if (profile) return val(profile.kind, 2, 'provisioning profile');
  const byIdentity = distributionOfIdentity(s.codeSignIdentity);
  if (byIdentity) return val(byIdentity, 3, 'CODE_SIGN_IDENTITY');
  if (ne.some(isSuffixed)) return val('developer-id', 4, 'content: -systemextension value');
  if (target.role === 'system-extension') return val('developer-id', 5, 'system-extension packaging', true);
  return { value: 'unknown', tier: 0, confidence: 'none', source: 'unknown' };
}

function platformOf(
  target: TargetModel,
  s: TargetConfiguration,
  docs: TargetDocuments,
  ne: string[],
): ContextValue<Platform> {
  if (s.platform) return val(s.platform, 1, 'nelint.json');
  const profile = docs.provisioningProfile && summarizeProvisioningProfile(docs.provisioningProfile);
  if (profile && profile.platform !== 'unknown') return val(profile.platform, 2, 'provisioning profile');
  if (s.sdkPlatform) return val(s.sdkPlatform, 3, 'SDKROOT');
  if (target.role === 'system-extension') return val('macos', 3, 'role system-extension');
  if (ne.some(isSuffixed)) return val('macos', 4, 'content: -systemextension value');
  return { value: 'unknown', tier: 0, confidence: 'none', source: 'unknown' };
}

export function targetContext(
  target: TargetModel,
  configuration: string,
  settings: TargetConfiguration,
  docs: TargetDocuments,
  minimumOS: FileContext['minimumOS'],
  now: Date,
): FileContext {
  const team = teamOf(settings, docs);
  const lookupVariable = variableLookup(target, configuration, settings, team);
  const ne = neValuesOf(docs.entitlements, lookupVariable);
  return {
    kind: 'plist',
    kindSource: 'project model',
    platform: platformOf(target, settings, docs, ne),
    distribution: distributionOf(target, settings, docs, ne),
    role:
      target.roleKnown === false
        ? { value: 'unknown', tier: 0, confidence: 'none', source: 'unknown' }
        : val(target.role, 1, 'project model'),
    minimumOS,
    schemaScope: 'network',
    team,
    lookupVariable,
    now,
    configuration,
    target: target.name,
  };
}
