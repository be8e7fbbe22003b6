/**
 * Parses and validates `nelint.json` text with clear, located errors (the CLI prints them and exits 2; the
 * editor shows them). The JSON Schema published for editors describes the same contract (`project/config.ts`).
 */
import type { NelintConfig } from './config';

export interface ConfigError {
  path: string;
  message: string;
}

export interface ParsedConfig {
  config?: NelintConfig;
  errors: ConfigError[];
}

const PLATFORMS = ['macos', 'ios', 'tvos', 'visionos'];
const DISTRIBUTIONS = ['developer-id', 'app-store', 'development'];
const ROLES = ['app', 'system-extension', 'app-extension'];
const KINDS = ['entitlements', 'info-plist', 'profile', 'provisioning-profile', 'plist'];
const LEVELS = ['off', 'hint', 'info', 'warning', 'error'];

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);

const CONTEXT_KEYS = ['distribution', 'platform', 'entitlements', 'infoPlist', 'provisioningProfile', 'buildSettings'];
const ROOT_KEYS = [
  '$schema',
  '$comment',
  'platform',
  'distribution',
  'team',
  'minimumOS',
  'buildSettings',
  'targets',
  'profiles',
  'files',
  'rules',
  'schemaScope',
];
const TARGET_KEYS = [
  ...CONTEXT_KEYS,
  '$comment',
  'name',
  'role',
  'bundleIdentifier',
  'embeds',
  'configurations',
  'infoPlistKeys',
  'generateInfoPlist',
  'team',
];
const FILE_KEYS = ['kind', 'platform', 'distribution', 'role'];

class Checker {
  errors: ConfigError[] = [];
  /** A misspelt key would silently change nothing: report it (the JSON Schema does the same in the editor). */
  known(o: Obj, allowed: string[], path: string): void {
    for (const k of Object.keys(o)) {
      if (!allowed.includes(k)) {
        this.err(
          `${path}.${k}`,
          `unknown key (expected one of ${allowed.filter((a) => !a.startsWith('$')).join(', ')})`,
        );
      }
    }
  }
  err(path: string, message: string): void {
    this.errors.push({ path, message });
  }
  enumOf(o: Obj, key: string, allowed: string[], path: string): void {
    if (o[key] !== undefined && !allowed.includes(o[key] as string)) {
      this.err(`${path}.${key}`, `must be one of ${allowed.join(', ')}`);
    }
  }
  str(o: Obj, key: string, path: string): void {
    if (o[key] !== undefined && typeof o[key] !== 'string') this.err(`${path}.${key}`, 'must be a string');
  }
  strMap(o: Obj, key: string, path: string): void {
    const v = o[key];
    if (v === undefined) return;
    if (!isObj(v) || Object.values(v).some((x) => typeof x !== 'string')) {
      this.err(`${path}.${key}`, 'must be an object of strings');
    }
  }
  contextFields(o: Obj, path: string): void {
    this.enumOf(o, 'platform', PLATFORMS, path);
    this.enumOf(o, 'distribution', DISTRIBUTIONS, path);
    for (const k of ['entitlements', 'infoPlist', 'provisioningProfile']) this.str(o, k, path);
    this.strMap(o, 'buildSettings', path);
  }
}

function checkTarget(c: Checker, t: unknown, path: string, names: Set<string>): void {
  if (!isObj(t)) return c.err(path, 'must be an object');
  c.known(t, TARGET_KEYS, path);
  if (typeof t.name !== 'string' || !t.name) c.err(`${path}.name`, 'is required (a string)');
  else if (names.has(t.name)) c.err(`${path}.name`, `duplicate target name "${t.name}"`);
  else names.add(t.name);
  if (!ROLES.includes(t.role as string)) c.err(`${path}.role`, `is required: one of ${ROLES.join(', ')}`);
  c.str(t, 'bundleIdentifier', path);
  c.str(t, 'team', path);
  c.contextFields(t, path);
  if (t.embeds !== undefined && (!Array.isArray(t.embeds) || t.embeds.some((e) => typeof e !== 'string'))) {
    c.err(`${path}.embeds`, 'must be an array of target names');
  }
  if (t.generateInfoPlist !== undefined && typeof t.generateInfoPlist !== 'boolean') {
    c.err(`${path}.generateInfoPlist`, 'must be true or false');
  }
  if (t.infoPlistKeys !== undefined && !isObj(t.infoPlistKeys)) c.err(`${path}.infoPlistKeys`, 'must be an object');
  if (t.configurations !== undefined) {
    if (!isObj(t.configurations)) c.err(`${path}.configurations`, 'must be an object');
    else {
      for (const [name, conf] of Object.entries(t.configurations)) {
        if (!isObj(conf)) c.err(`${path}.configurations.${name}`, 'must be an object');
        else {
          c.known(conf, [...CONTEXT_KEYS, '$comment'], `${path}.configurations.${name}`);
          c.contextFields(conf, `${path}.configurations.${name}`);
        }
      }
    }
  }
}

function locate(text: string, error: unknown): string {
  const m = /position (\d+)/.exec(String(error));
  if (!m) return '';
  const before = text.slice(0, Number(m[1]));
  const line = before.split('\n').length;
  return ` (line ${line}, column ${Number(m[1]) - before.lastIndexOf('\n')})`;
}

export function parseConfig(text: string): ParsedConfig {
  let raw: unknown;
  try {
    raw = JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  } catch (e) {
    return { errors: [{ path: '$', message: `not valid JSON${locate(text, e)}: ${(e as Error).message}` }] };
  }
  const c = new Checker();
  if (!isObj(raw)) return { errors: [{ path: '$', message: 'must be a JSON object' }] };
  c.known(raw, ROOT_KEYS, '$');
  c.contextFields(raw, '$');
  c.str(raw, 'team', '$');
  c.enumOf(raw, 'schemaScope', ['network', 'all'], '$');
  if (raw.minimumOS !== undefined) c.strMap(raw, 'minimumOS', '$');
  if (raw.targets !== undefined) {
    if (!Array.isArray(raw.targets)) c.err('$.targets', 'must be an array');
    else {
      const names = new Set<string>();
      raw.targets.forEach((t, i) => checkTarget(c, t, `$.targets[${i}]`, names));
      for (const [i, t] of raw.targets.entries()) {
        for (const e of isObj(t) && Array.isArray(t.embeds) ? t.embeds : []) {
          if (typeof e === 'string' && !names.has(e)) c.err(`$.targets[${i}].embeds`, `unknown target "${e}"`);
        }
      }
    }
  }
  if (raw.profiles !== undefined && (!Array.isArray(raw.profiles) || raw.profiles.some((p) => typeof p !== 'string'))) {
    c.err('$.profiles', 'must be an array of globs');
  }
  if (raw.files !== undefined) {
    if (!isObj(raw.files)) c.err('$.files', 'must be an object of glob → settings');
    else {
      for (const [glob, s] of Object.entries(raw.files)) {
        if (!isObj(s)) c.err(`$.files["${glob}"]`, 'must be an object');
        else {
          c.known(s, FILE_KEYS, `$.files["${glob}"]`);
          c.enumOf(s, 'kind', KINDS, `$.files["${glob}"]`);
          c.enumOf(s, 'platform', PLATFORMS, `$.files["${glob}"]`);
          c.enumOf(s, 'distribution', DISTRIBUTIONS, `$.files["${glob}"]`);
          c.enumOf(s, 'role', ROLES, `$.files["${glob}"]`);
        }
      }
    }
  }
  if (raw.rules !== undefined) {
    if (!isObj(raw.rules)) c.err('$.rules', 'must be an object of code → level');
    else {
      for (const [code, level] of Object.entries(raw.rules)) {
        if (!LEVELS.includes(level as string)) c.err(`$.rules["${code}"]`, `must be one of ${LEVELS.join(', ')}`);
      }
    }
  }
  return c.errors.length ? { errors: c.errors } : { config: raw as NelintConfig, errors: [] };
}
