/**
 * Resolves the context one file is evaluated in (catalog §1.4, §1.8, §1.9) from explicit sources and the file's
 * own content. Tiers 2–3 (provisioning profile, Xcode project) are supplied by the project model through
 * `LintOptions.project`, whose target context takes precedence over content inference here.
 */
import type { PlistDocument } from '../model/document';
import { isArray, isDict, isString } from '../model/plist';
import type { DictNode } from '../model/plist';
import type { LintOptions } from '../engine/types';
import type { NelintFileSettings } from '../project/config';
import { hasBuildVariable } from '../text/buildVariables';
import { matchGlob } from '../text/glob';
import type { ContextValue, Distribution, FileContext, Platform, Role } from './types';
import { PLATFORMS, DISTRIBUTIONS } from './types';
import { parseDirectives } from './directives';
import type { Directives } from './directives';
import { isFileKind, kindFromContent, kindFromFileName } from './detectKind';
import { singleFileRole } from '../knowledge/infoPlistFacts';
import type { RoleFacts } from '../knowledge/infoPlistFacts';

const NE_KEY = 'com.apple.developer.networking.networkextension';
const MACOS_ONLY_PAYLOADS = new Set([
  'com.apple.system-extension-policy',
  'com.apple.vpn.managed.appmapping',
  'com.apple.TCC.configuration-profile-policy',
  'com.apple.servicemanagement',
  'com.apple.syspolicy.kernel-extension-policy',
]);
const DEVICE_TYPES: Record<string, Platform> = { '1': 'ios', '4': 'tvos', '5': 'macos', '6': 'visionos' };
const ROLES: readonly Role[] = ['app', 'system-extension', 'app-extension'];

const UNKNOWN = <T>(value: T): ContextValue<T> => ({ value, tier: 0, confidence: 'none', source: 'unknown' });
const explicit = <T>(value: T, source: string): ContextValue<T> => ({ value, tier: 1, confidence: 'strong', source });

function relativeTo(dir: string, path: string): string {
  const norm = (s: string) => s.replace(/\\/g, '/').replace(/\/+$/, '');
  const d = norm(dir);
  const p = norm(path);
  return d && p.startsWith(d + '/') ? p.slice(d.length + 1) : p;
}

/** Settings from every `nelint.json` `files` glob matching this path (later entries override earlier ones). */
function fileGlobSettings(doc: PlistDocument, options: LintOptions): NelintFileSettings {
  const cfg = options.config;
  if (!cfg?.config.files) return {};
  const rel = relativeTo(cfg.dir, doc.path);
  let out: NelintFileSettings = {};
  for (const [glob, settings] of Object.entries(cfg.config.files)) {
    if (matchGlob(glob, rel)) out = { ...out, ...settings };
  }
  return out;
}

function neValues(root: DictNode | null): string[] {
  const arr = root?.map.get(NE_KEY)?.value;
  if (!isArray(arr)) return [];
  return arr.items.filter(isString).map((s) => s.text.trim());
}

function stringAt(root: DictNode | null, key: string): string | undefined {
  const v = root?.map.get(key)?.value;
  return isString(v) ? v.text.trim() : undefined;
}

function contentPlatform(kind: string, root: DictNode | null, facts?: RoleFacts): ContextValue<Platform> | undefined {
  const macos = (source: string): ContextValue<Platform> => ({ value: 'macos', tier: 4, confidence: 'strong', source });
  if (kind === 'entitlements') {
    if (neValues(root).some((v) => !hasBuildVariable(v) && v.endsWith('-systemextension'))) {
      return macos('content: -systemextension value');
    }
    if (root?.map.has('com.apple.developer.system-extension.install')) {
      return macos('content: system-extension.install');
    }
  } else if (kind === 'info-plist') {
    // The macOS markers of an Info.plist (SYSX, a NetworkExtension dict, a .systemextension path) are exactly the
    // system-extension role evidence: one definition serves both.
    if (facts?.role === 'system-extension') return macos(`content: ${facts.evidence.join(', ')}`);
  } else if (kind === 'profile') {
    const t = root?.map.get('TargetDeviceType')?.value;
    if (t && t.kind === 'integer' && DEVICE_TYPES[t.text.trim()]) {
      return { value: DEVICE_TYPES[t.text.trim()], tier: 4, confidence: 'strong', source: 'content: TargetDeviceType' };
    }
    const payloads = root?.map.get('PayloadContent')?.value;
    if (isArray(payloads)) {
      for (const p of payloads.items) {
        const type = isDict(p) ? stringAt(p, 'PayloadType') : undefined;
        if (type && MACOS_ONLY_PAYLOADS.has(type)) return macos(`content: ${type} payload`);
      }
    }
  }
  return undefined;
}

function contentRole(facts?: RoleFacts): ContextValue<Role> | undefined {
  if (!facts || facts.role === 'unknown') return undefined;
  return { value: facts.role, tier: 4, confidence: 'strong', source: `content: ${facts.evidence.join(', ')}` };
}

function contentDistribution(
  kind: string,
  root: DictNode | null,
  role: ContextValue<Role>,
): ContextValue<Distribution> {
  if (kind === 'entitlements') {
    const hasSuffixed = neValues(root).some((v) => !hasBuildVariable(v) && v.endsWith('-systemextension'));
    if (hasSuffixed) {
      return { value: 'developer-id', tier: 4, confidence: 'strong', source: 'content: -systemextension value' };
    }
  }
  if (role.value === 'system-extension') {
    // Weak: development-signed system extensions legitimately use unsuffixed values (§1.8 tier 5).
    return { value: 'developer-id', tier: 5, confidence: 'weak', source: 'system-extension packaging' };
  }
  return UNKNOWN('unknown');
}

function pickExplicit<T extends string>(
  allowed: readonly T[],
  candidates: [string | undefined, string][],
): ContextValue<T> | undefined {
  for (const [value, source] of candidates) {
    if (value && (allowed as readonly string[]).includes(value)) return explicit(value as T, source);
  }
  return undefined;
}

export function resolveFileContext(
  doc: PlistDocument,
  options: LintOptions = {},
  directives?: Directives,
): FileContext {
  const dir = directives ?? parseDirectives(doc);
  const globs = fileGlobSettings(doc, options);
  const cfg = options.config?.config;
  const root = isDict(doc.root) ? doc.root : null;
  const projectCtx = options.project?.target?.context;

  const kindDirective = dir.settings.kind;
  const kind = isFileKind(kindDirective)
    ? kindDirective
    : (globs.kind ?? kindFromFileName(doc.path) ?? kindFromContent(doc));
  const kindSource = isFileKind(kindDirective)
    ? 'directive'
    : globs.kind
      ? 'nelint.json'
      : kindFromFileName(doc.path)
        ? 'file name'
        : 'content';

  const roleFacts = kind === 'info-plist' ? singleFileRole(doc) : undefined;

  const platform =
    pickExplicit<Platform>(PLATFORMS, [
      [dir.settings.platform, 'directive'],
      [options.platform, '--platform'],
    ]) ??
    (projectCtx?.platform.tier === 1 ? projectCtx.platform : undefined) ??
    pickExplicit<Platform>(PLATFORMS, [
      [globs.platform, 'nelint.json files'],
      [cfg?.platform, 'nelint.json'],
      [options.settings?.platform, 'setting'],
    ]) ??
    (projectCtx && projectCtx.platform.tier > 1 ? projectCtx.platform : undefined) ??
    contentPlatform(kind, root, roleFacts) ??
    UNKNOWN<Platform>('unknown');

  const role =
    pickExplicit<Role>(ROLES, [
      [dir.settings.role, 'directive'],
      [globs.role, 'nelint.json files'],
    ]) ??
    (projectCtx && projectCtx.role.tier > 0 ? projectCtx.role : undefined) ??
    contentRole(roleFacts) ??
    UNKNOWN<Role>('unknown');

  const distribution =
    pickExplicit<Distribution>(DISTRIBUTIONS, [
      [dir.settings.distribution, 'directive'],
      [options.distribution, '--distribution'],
    ]) ??
    (projectCtx?.distribution.tier === 1 ? projectCtx.distribution : undefined) ??
    pickExplicit<Distribution>(DISTRIBUTIONS, [
      [globs.distribution, 'nelint.json files'],
      [cfg?.distribution, 'nelint.json'],
      [options.settings?.distribution, 'setting'],
    ]) ??
    (projectCtx && projectCtx.distribution.tier > 1 ? projectCtx.distribution : undefined) ??
    contentDistribution(kind, root, role);

  const minimumOS = { ...(cfg?.minimumOS ?? {}), ...(projectCtx?.minimumOS ?? {}) };
  const lsMin = kind === 'info-plist' ? stringAt(root, 'LSMinimumSystemVersion') : undefined;
  if (lsMin && !hasBuildVariable(lsMin) && !minimumOS.macos) minimumOS.macos = lsMin;

  const team = projectCtx?.team ?? cfg?.team ?? cfg?.buildSettings?.DEVELOPMENT_TEAM;
  const settings = { ...(cfg?.buildSettings ?? {}) };
  const lookupVariable =
    projectCtx?.lookupVariable ??
    ((name: string): string | undefined => {
      if ((name === 'TeamIdentifierPrefix' || name === 'AppIdentifierPrefix') && team) return `${team}.`;
      if (name === 'DEVELOPMENT_TEAM' && team) return team;
      return settings[name];
    });

  return {
    kind,
    kindSource,
    platform,
    distribution,
    role,
    minimumOS,
    schemaScope: cfg?.schemaScope ?? options.settings?.schemaScope ?? 'network',
    team,
    lookupVariable,
    now: options.now ?? new Date(),
    configuration: projectCtx?.configuration,
    target: projectCtx?.target,
  };
}
