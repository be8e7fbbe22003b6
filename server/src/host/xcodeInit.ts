/**
 * `nelint init` / `nelint/createProjectFile`: find an Xcode project (a `project.pbxproj`, an `.xcodeproj`, or a
 * folder holding exactly one) and render the nelint.json that pins what nelint inferred from it.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { modelFromXcode } from '../core/project/xcode';
import { configFromModel } from '../core/project/toConfig';

export class XcodeInitError extends Error {}

export function findPbxproj(path: string): string {
  const p = resolve(path);
  if (basename(p) === 'project.pbxproj') return p;
  if (p.endsWith('.xcodeproj')) return join(p, 'project.pbxproj');
  let names: string[];
  try {
    names = statSync(p).isDirectory() ? readdirSync(p).filter((n) => n.endsWith('.xcodeproj')) : [];
  } catch {
    throw new XcodeInitError(`no such file or directory: ${path}`);
  }
  if (names.length === 0) throw new XcodeInitError(`no .xcodeproj in ${path}`);
  if (names.length > 1) {
    throw new XcodeInitError(`several Xcode projects in ${path} (${names.sort().join(', ')}); name one`);
  }
  return join(p, names[0], 'project.pbxproj');
}

export interface GeneratedConfig {
  /** Directory the nelint.json belongs in (the folder holding the .xcodeproj). */
  dir: string;
  text: string;
}

/** `.xcodeproj` folders up to `depth` levels below `dir` (build output and dependencies skipped). */
export function xcodeprojsBelow(dir: string, depth = 3): string[] {
  const out: string[] = [];
  const walk = (d: string, level: number) => {
    let entries;
    try {
      entries = readdirSync(d, { withFileTypes: true });
    } catch {
      return;
    }
    for (const e of entries) {
      if (!e.isDirectory() || ['node_modules', '.git', 'build', 'DerivedData', 'Pods'].includes(e.name)) continue;
      if (e.name.endsWith('.xcodeproj')) out.push(join(d, e.name));
      else if (level < depth) walk(join(d, e.name), level + 1);
    }
  };
  walk(dir, 0);
  return out.sort();
}

/** The nelint.json text for the Xcode project at `path`; paths are relative to `outDir` (default: its folder). */
export function nelintJsonFromXcode(path: string, outDir?: string): GeneratedConfig {
  const pbx = findPbxproj(path);
  let text: string;
  try {
    text = readFileSync(pbx, 'utf8');
  } catch {
    throw new XcodeInitError(`cannot read ${pbx}`);
  }
  let model;
  try {
    model = modelFromXcode({
      pbxprojPath: pbx,
      text,
      readText: (f) => (existsSync(f) ? readFileSync(f, 'utf8') : undefined),
    });
  } catch (e) {
    throw new XcodeInitError(`cannot parse ${pbx}: ${(e as Error).message}`);
  }
  if (model.targets.length === 0) {
    throw new XcodeInitError(`${pbx} has no app, system-extension or app-extension target`);
  }
  const dir = outDir ? resolve(outDir) : resolve(pbx, '..', '..');
  return { dir, text: JSON.stringify(configFromModel(model, dir), null, 2) + '\n' };
}
