/**
 * `nelint check`: discover files, load nelint.json, lint each file (bytes → document → rules), optionally
 * apply preferred fixes in place (byte-exact outside the edits, original encoding and BOM kept), then report.
 */
import { readFileSync, statSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { CheckArgs } from './args';
import { ConfigFinder, loadConfigFile } from '../host/config';
import type { LoadedConfig } from '../host/config';
import { discoverFiles } from '../host/discover';
import type { FileReport } from './report';
import { summarize } from './report';
import { loadDocumentFromBytes } from '../core/engine/loadDocument';
import { validateDocument } from '../core/engine/validate';
import { fixAll } from '../core/engine/fixAll';
import { encodeText } from '../core/parser/decodeText';
import type { LintOptions } from '../core/engine/types';
import { resolveFileContext } from '../core/context/resolveContext';
import { largeFileReport } from './largeFile';
import { DEFAULT_MAX_FILE_SIZE } from '../core/engine/limits';
import { ProjectHost } from '../host/project';
import type { ProjectIndex } from '../core/project/projectIndex';
import { projectOptions, validateWithProject } from '../core/project/validateWithProject';

export { DEFAULT_MAX_FILE_SIZE };

export interface CheckOutcome {
  reports: FileReport[];
  /** I/O or configuration problems (exit 2). */
  failures: string[];
}

export function optionsFor(args: CheckArgs, config: LoadedConfig | undefined, docsBaseUrl: string): LintOptions {
  return {
    platform: args.platform,
    distribution: args.distribution,
    rules: args.rules,
    config: config ? { config: config.config, dir: config.dir } : undefined,
    docsBaseUrl,
    ...(args.now ? { now: new Date(args.now) } : {}),
  };
}

export function lintOneFile(
  path: string,
  options: LintOptions,
  args: CheckArgs,
  failures: string[],
  project?: { host: ProjectHost; index: ProjectIndex },
): FileReport | undefined {
  let bytes: Uint8Array;
  try {
    const size = statSync(path).size;
    if (size > (args.maxFileSize ?? DEFAULT_MAX_FILE_SIZE)) {
      return largeFileReport(path, size, args.maxFileSize ?? DEFAULT_MAX_FILE_SIZE);
    }
    bytes = readFileSync(path);
  } catch (e) {
    failures.push(`cannot read ${path}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`);
    return undefined;
  }
  let doc = loadDocumentFromBytes(path, bytes);
  if (args.fix && doc.container === 'xml') {
    // Cross-file fixes take part only when the file has exactly one use in the project model.
    const views = projectOptions(project?.index, resolve(path), options);
    const fixed = fixAll(doc, views.length === 1 ? views[0] : options);
    if (fixed.applied > 0 && fixed.text !== doc.text) {
      try {
        writeFileSync(path, encodeText(fixed.text, doc.encoding));
      } catch (e) {
        failures.push(`cannot write ${path}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`);
      }
      doc = loadDocumentFromBytes(path, readFileSync(path));
      project?.host.fileChanged(path);
    }
  }
  const diagnostics = project
    ? validateWithProject(doc, options, project.index, resolve(path))
    : validateDocument(doc, options);
  const kind = resolveFileContext(doc, options).kind;
  return { path, kind, diagnostics, lineIndex: doc.lineIndex };
}

export interface CheckPlan {
  files: string[];
  explicit?: LoadedConfig;
  /** Missing paths and configuration problems found while discovering. */
  failures: string[];
}

/** Loads `--project` and discovers the files to lint (catalog §1.4 globs plus what nelint.json names). */
export function planCheck(args: CheckArgs): CheckPlan {
  const failures: string[] = [];
  let explicit: LoadedConfig | undefined;
  if (args.project) explicit = loadConfigFile(args.project);
  const finder = new ConfigFinder(explicit);
  const { files, missing } = discoverFiles(args.paths, (dir) => {
    const cfg = explicit ?? finder.forDir(resolve(dir));
    return cfg ? [...(cfg.config.profiles ?? []), ...Object.keys(cfg.config.files ?? {})] : [];
  });
  for (const m of missing) failures.push(`no such file or directory: ${m}`);
  return { files, explicit, failures };
}

/** Lints `files` in order (also what each CLI worker thread runs over its share of the files). */
export interface CheckSession {
  finder: ConfigFinder;
  host: ProjectHost;
}

/** Config lookups and project models cached across calls of `checkFiles` (a worker keeps one per thread). */
export function newCheckSession(args: CheckArgs, explicit?: LoadedConfig): CheckSession {
  return { finder: new ConfigFinder(explicit), host: new ProjectHost(args.now ? new Date(args.now) : undefined) };
}

export function checkFiles(
  files: string[],
  args: CheckArgs,
  docsBaseUrl: string,
  explicit?: LoadedConfig,
  session: CheckSession = newCheckSession(args, explicit),
): CheckOutcome {
  const failures: string[] = [];
  const { finder, host } = session;
  const reports: FileReport[] = [];
  for (const file of files) {
    const config = finder.forFile(file);
    // nelint.json wins; without one, an Xcode project in an ancestor directory is the project model (§1.7).
    const index = config ? host.indexFor(config) : host.implicitIndexFor(file);
    const project = index ? { host, index } : undefined;
    const report = lintOneFile(file, optionsFor(args, config, docsBaseUrl), args, failures, project);
    if (report) reports.push(report);
  }
  return { reports, failures };
}

export function runCheck(args: CheckArgs, docsBaseUrl: string): CheckOutcome {
  const plan = planCheck(args);
  const outcome = checkFiles(plan.files, args, docsBaseUrl, plan.explicit);
  return { reports: outcome.reports, failures: [...plan.failures, ...outcome.failures] };
}

export function exitCodeFor(outcome: CheckOutcome, warningsAsErrors: boolean): number {
  if (outcome.failures.length) return 2;
  const s = summarize(outcome.reports);
  return s.errors > 0 || (warningsAsErrors && s.warnings > 0) ? 1 : 0;
}
