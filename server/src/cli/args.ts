/**
 * Command-line parsing for `nelint`. Hand-written: the grammar is tiny and a usage error must give exit 2
 * with a one-line message, never a stack trace.
 */
import type { SeverityOrOff } from '../core/rules/types';

export class UsageError extends Error {}

export interface CheckArgs {
  command: 'check';
  paths: string[];
  format: 'text' | 'json' | 'sarif';
  platform?: 'macos' | 'ios' | 'tvos' | 'visionos';
  distribution?: 'developer-id' | 'app-store' | 'development';
  project?: string;
  rules: Record<string, SeverityOrOff>;
  warningsAsErrors: boolean;
  fix: boolean;
  maxFileSize?: number;
  jobs?: number;
  /** `--now ISO-DATE`: "now" for provisioning-profile expiry (reproducible runs), as an ISO string. */
  now?: string;
  /** `--schema-path DIR`: an apple/device-management checkout to check profiles against (the editor's nelint.schemaPath). */
  schemaPath?: string;
}

export type ParsedArgs =
  | CheckArgs
  | { command: 'rules'; format: 'text' | 'json' }
  | { command: 'explain'; text: string; format: 'text' | 'json' }
  | { command: 'print'; file: string; format: 'xml' | 'json' }
  | { command: 'lsp' }
  | { command: 'init'; path: string; write: boolean }
  | { command: 'help' }
  | { command: 'version' };

const LEVELS = ['off', 'hint', 'info', 'warning', 'error'];

function oneOf<T extends string>(flag: string, value: string | undefined, allowed: readonly T[]): T {
  if (value === undefined || !(allowed as readonly string[]).includes(value)) {
    throw new UsageError(`${flag} expects one of: ${allowed.join(', ')}`);
  }
  return value as T;
}

/** Splits `--flag=value` and `--flag value` forms. */
function takeValue(argv: string[], i: number, flag: string): [string, number] {
  const a = argv[i];
  const eq = a.indexOf('=');
  if (eq > 0) return [a.slice(eq + 1), i];
  if (i + 1 >= argv.length) throw new UsageError(`${flag} needs a value`);
  return [argv[i + 1], i + 1];
}

function parseCheck(argv: string[]): CheckArgs {
  const out: CheckArgs = {
    command: 'check',
    paths: [],
    format: 'text',
    rules: {},
    warningsAsErrors: false,
    fix: false,
  };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const flag = a.includes('=') ? a.slice(0, a.indexOf('=')) : a;
    let v: string;
    switch (flag) {
      case '--format':
        [v, i] = takeValue(argv, i, flag);
        out.format = oneOf(flag, v, ['text', 'json', 'sarif'] as const);
        break;
      case '--platform':
        [v, i] = takeValue(argv, i, flag);
        out.platform = oneOf(flag, v, ['macos', 'ios', 'tvos', 'visionos'] as const);
        break;
      case '--distribution':
        [v, i] = takeValue(argv, i, flag);
        out.distribution = oneOf(flag, v, ['developer-id', 'app-store', 'development'] as const);
        break;
      case '--project':
        [v, i] = takeValue(argv, i, flag);
        out.project = v;
        break;
      case '--rule': {
        [v, i] = takeValue(argv, i, flag);
        const eq = v.lastIndexOf('=');
        const level = eq > 0 ? v.slice(eq + 1) : '';
        if (eq <= 0 || !LEVELS.includes(level)) throw new UsageError(`--rule expects CODE=${LEVELS.join('|')}`);
        out.rules[v.slice(0, eq)] = level as SeverityOrOff;
        break;
      }
      case '--max-file-size':
        [v, i] = takeValue(argv, i, flag);
        out.maxFileSize = Number(v);
        if (!Number.isFinite(out.maxFileSize) || out.maxFileSize <= 0) {
          throw new UsageError('--max-file-size expects bytes');
        }
        break;
      case '--now':
        [v, i] = takeValue(argv, i, flag);
        if (Number.isNaN(new Date(v).getTime())) throw new UsageError('--now expects an ISO date, e.g. 2025-06-01');
        out.now = v;
        break;
      case '--schema-path':
        [v, i] = takeValue(argv, i, flag);
        out.schemaPath = v;
        break;
      case '--jobs':
        [v, i] = takeValue(argv, i, flag);
        out.jobs = Number(v);
        if (!Number.isInteger(out.jobs) || out.jobs < 1) throw new UsageError('--jobs expects a positive integer');
        break;
      case '--warnings-as-errors':
        out.warningsAsErrors = true;
        break;
      case '--fix':
        out.fix = true;
        break;
      default:
        if (a.startsWith('-') && a !== '-') throw new UsageError(`unknown option ${a}`);
        out.paths.push(a);
    }
  }
  if (out.paths.length === 0) out.paths.push('.');
  return out;
}

function parseFormatOnly<T extends string>(argv: string[], allowed: readonly T[], fallback: T): [T, string[]] {
  let format = fallback;
  const rest: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--format' || a.startsWith('--format=')) {
      let v: string;
      [v, i] = takeValue(argv, i, '--format');
      format = oneOf('--format', v, allowed);
    } else if (a.startsWith('--')) throw new UsageError(`unknown option ${a}`);
    else rest.push(a);
  }
  return [format, rest];
}

export function parseArgs(argv: string[]): ParsedArgs {
  const [cmd, ...rest] = argv;
  switch (cmd) {
    case undefined:
    case 'help':
    case '--help':
    case '-h':
      return { command: 'help' };
    case '--version':
    case '-v':
      return { command: 'version' };
    case 'check':
      return parseCheck(rest);
    case 'rules': {
      const [format, extra] = parseFormatOnly(rest, ['text', 'json'] as const, 'text');
      if (extra.length) throw new UsageError(`unexpected argument ${extra[0]}`);
      return { command: 'rules', format };
    }
    case 'explain': {
      const [format, words] = parseFormatOnly(rest, ['text', 'json'] as const, 'text');
      if (words.length === 0) throw new UsageError('explain needs the error text, e.g. nelint explain "…"');
      return { command: 'explain', text: words.join(' '), format };
    }
    case 'print': {
      const [format, files] = parseFormatOnly(rest, ['xml', 'json'] as const, 'xml');
      if (files.length !== 1) throw new UsageError('print needs exactly one FILE');
      return { command: 'print', file: files[0], format };
    }
    case 'lsp':
      return { command: 'lsp' };
    case 'init': {
      const write = rest.includes('--write');
      const paths = rest.filter((a) => a !== '--write' && a !== '--xcode');
      const bad = paths.find((a) => a.startsWith('-'));
      if (bad) throw new UsageError(`unknown option ${bad}`);
      if (paths.length > 1) throw new UsageError('init takes at most one PATH');
      return { command: 'init', path: paths[0] ?? '.', write };
    }
    default:
      throw new UsageError(`unknown command ${cmd}`);
  }
}

export const USAGE = `Usage: nelint <command> [options]

Commands:
  init [--xcode] [PATH] [--write]  Print (or write next to the .xcodeproj) a nelint.json generated from the Xcode
                                   project at PATH (a folder, .xcodeproj or project.pbxproj; default .)
  check [PATH…]            Lint files or directories (default: .)
      --format text|json|sarif         Output format (default: text)
      --platform macos|ios|tvos|visionos
      --distribution developer-id|app-store|development
      --project FILE                   Use this nelint.json
      --rule CODE=off|hint|info|warning|error   (repeatable)
      --warnings-as-errors             Exit 1 on warnings too
      --fix                            Apply preferred quick fixes in place
      --now ISO-DATE                   Current time for provisioning-profile expiry (reproducible runs)
      --max-file-size BYTES            Skip larger files with a notice (default 50 MB)
      --jobs N                         Worker threads (default: number of cores)
      --schema-path DIR                Check profiles against this apple/device-management checkout
                                       (e.g. a newer release) instead of the bundled schema
  rules [--format json]    List the rule catalog as implemented
  explain "<error text>"   Map an Xcode / App Store Connect / sysextd message to rules and guidance
  print [--format xml|json] FILE   Decoded content of a plist, binary plist or CMS-signed file
  lsp --stdio              Start the language server

Exit status: 0 no errors, 1 errors (or warnings with --warnings-as-errors), 2 usage or I/O failure.
`;
