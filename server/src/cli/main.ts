/**
 * The `nelint` CLI: a thin shell over the core. Exit 0 = no errors, 1 = errors (or warnings with
 * --warnings-as-errors), 2 = usage or I/O failure. Never a stack trace for bad input.
 */
import { parseArgs, USAGE, UsageError } from './args';
import { exitCodeFor } from './check';
import { runCheckParallel } from './workers';
import { ConfigLoadError } from '../host/config';
import { formatJson } from './format/json';
import { formatSarif } from './format/sarif';
import { formatText } from './format/text';
import { explainOutput, printFile, PrintError, rulesJson, rulesText } from './commands';
import { allRules } from '../core/rules';
import { bundledDocsBase } from '../lsp/docsBase';
import type * as Stdio from '../lsp/stdio';
import { nelintJsonFromXcode, XcodeInitError } from '../host/xcodeInit';
import { existsSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type * as SchemaCheckout from '../host/schemaCheckout';
import type { SchemaTable } from '../core/knowledge/schemaTable';
import { useSchemaTable } from '../core/knowledge/profileSchema';

declare const NELINT_VERSION: string | undefined;
const VERSION = typeof NELINT_VERSION === 'string' ? NELINT_VERSION : '0.0.0-dev';

export interface Io {
  out: (s: string) => void;
  err: (s: string) => void;
  color: boolean;
}

const defaultIo: Io = {
  out: (s) => process.stdout.write(s),
  err: (s) => process.stderr.write(s),
  color: !!process.stdout.isTTY && !process.env.NO_COLOR,
};

/**
 * `--schema-path`: the checkout's table, in use from now on (workers get it too). Loaded only here: the YAML parser
 * is start-up time every other `check` would pay.
 */
function loadSchemaPath(dir: string): SchemaTable {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { readSchemaCheckout } = require('../host/schemaCheckout') as typeof SchemaCheckout;
  const table = readSchemaCheckout(resolve(dir));
  useSchemaTable(table);
  return table;
}

export async function main(argv: string[], io: Io = defaultIo): Promise<number> {
  try {
    const args = parseArgs(argv);
    switch (args.command) {
      case 'help':
        io.out(USAGE);
        return 0;
      case 'version':
        io.out(`${VERSION}\n`);
        return 0;
      case 'rules':
        io.out(args.format === 'json' ? JSON.stringify(rulesJson(), null, 2) + '\n' : rulesText());
        return 0;
      case 'explain': {
        const r = explainOutput(args.text, args.format);
        io.out(r.output);
        return 0;
      }
      case 'print':
        io.out(printFile(args.file, args.format));
        return 0;
      case 'init': {
        const generated = nelintJsonFromXcode(args.path);
        if (!args.write) {
          io.out(generated.text);
          return 0;
        }
        const target = join(generated.dir, 'nelint.json');
        if (existsSync(target)) throw new XcodeInitError(`${target} already exists; not overwritten`);
        writeFileSync(target, generated.text);
        io.err(`nelint: wrote ${target}\n`);
        return 0;
      }
      case 'lsp': {
        // Loaded only here: the language server and its transport cost start-up time every `check` would pay.
        // eslint-disable-next-line @typescript-eslint/no-require-imports
        (require('../lsp/stdio') as typeof Stdio).startStdioServer();
        return await new Promise<number>(() => undefined);
      }
      case 'check': {
        const docsBase = bundledDocsBase();
        const schemaTable = args.schemaPath === undefined ? undefined : loadSchemaPath(args.schemaPath);
        const outcome = await runCheckParallel(args, docsBase, schemaTable);
        for (const f of outcome.failures) io.err(`nelint: ${f}\n`);
        if (args.format === 'json') io.out(formatJson(outcome.reports));
        else if (args.format === 'sarif') io.out(formatSarif(outcome.reports, allRules, VERSION, docsBase));
        else io.out(formatText(outcome.reports, io.color));
        return exitCodeFor(outcome, args.warningsAsErrors);
      }
    }
  } catch (e) {
    if (e instanceof UsageError) {
      io.err(`nelint: ${e.message}\n\n${USAGE}`);
      return 2;
    }
    if (
      e instanceof ConfigLoadError ||
      e instanceof PrintError ||
      e instanceof XcodeInitError ||
      (e instanceof Error && e.name === 'SchemaCheckoutError')
    ) {
      io.err(`nelint: ${e.message}\n`);
      return 2;
    }
    throw e;
  }
}
