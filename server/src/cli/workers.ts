/**
 * `nelint check` on many files uses the available cores: worker threads that run the bundled CLI itself
 * (`dist/cli.js` starts as a worker when `workerData.nelint` says so), each pulling small batches of files
 * from a shared queue so one huge profile does not hold up the rest. Reports come back in file order, so
 * the output is identical to a sequential run. `--fix` stays sequential (fixes may touch other files), and so
 * does a run from TypeScript sources (tests), where there is no bundle to start.
 */
import { availableParallelism } from 'node:os';
import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads';
import type { CheckArgs } from './args';
import type { CheckOutcome } from './check';
import { checkFiles, newCheckSession, planCheck } from './check';
import type { LoadedConfig } from '../host/config';
import type { FileReport } from './report';
import { LineIndex } from '../core/text/lineIndex';
import type { SchemaTable } from '../core/knowledge/schemaTable';
import { useSchemaTable } from '../core/knowledge/profileSchema';

/**
 * Below this many files a worker's start-up and JIT warm-up (~0.3-0.5 s CPU each) cost more than they save:
 * measured on 2 cores, 1,000 typical files take ~0.6 s in one thread. `NELINT_MIN_FILES_FOR_WORKERS` overrides
 * it (tests, tuning).
 */
export function minFilesForWorkers(): number {
  const env = Number(process.env.NELINT_MIN_FILES_FOR_WORKERS);
  return Number.isInteger(env) && env > 0 ? env : 2000;
}
const BATCH = 16;

interface WorkerInit {
  nelint: 'check-worker';
  args: CheckArgs;
  docsBaseUrl: string;
  explicit?: LoadedConfig;
  /** SARIF needs line indexes to place fix regions; other formats do not (less to copy back). */
  keepLineIndex: boolean;
  /** `--schema-path`'s table, read once by the main thread. */
  schemaTable?: SchemaTable;
}

type ToWorker = { batch: number; files: string[] } | { done: true };
interface FromWorker {
  batch: number;
  outcome: CheckOutcome;
}

export function jobsFor(args: CheckArgs): number {
  return Math.max(1, args.jobs ?? availableParallelism());
}

/** The file this code was bundled into, when that bundle can be started as a worker. */
function bundleFile(): string | undefined {
  return typeof __filename === 'string' && __filename.endsWith('.js') ? __filename : undefined;
}

export function useWorkers(args: CheckArgs, fileCount: number): boolean {
  return !args.fix && jobsFor(args) > 1 && fileCount >= minFilesForWorkers() && !!bundleFile();
}

/** `runCheck` with worker threads when they pay off; same outcome, same order. */
export async function runCheckParallel(
  args: CheckArgs,
  docsBaseUrl: string,
  schemaTable?: SchemaTable,
): Promise<CheckOutcome> {
  const plan = planCheck(args);
  if (!useWorkers(args, plan.files.length)) {
    const outcome = checkFiles(plan.files, args, docsBaseUrl, plan.explicit);
    return { reports: outcome.reports, failures: [...plan.failures, ...outcome.failures] };
  }
  const batches: string[][] = [];
  for (let i = 0; i < plan.files.length; i += BATCH) batches.push(plan.files.slice(i, i + BATCH));
  const results: CheckOutcome[] = new Array(batches.length);
  const init: WorkerInit = {
    nelint: 'check-worker',
    args,
    docsBaseUrl,
    explicit: plan.explicit,
    keepLineIndex: args.format === 'sarif',
    schemaTable,
  };
  let next = 0;
  const take = () => (next < batches.length ? next++ : -1);
  // The main thread lints too (it is already warm), alongside jobs - 1 workers.
  const count = Math.min(jobsFor(args), Math.ceil(batches.length / 2));
  if (process.env.NELINT_DEBUG_WORKERS) {
    process.stderr.write(`nelint: ${plan.files.length} files, ${count} threads (main + ${count - 1} workers)\n`);
  }
  const workers = Array.from({ length: count - 1 }, () => runWorker(bundleFile()!, init, take, batches, results));
  await lintOnMainThread(args, docsBaseUrl, plan.explicit, take, batches, results);
  await Promise.all(workers);
  const reports: FileReport[] = [];
  const failures = [...plan.failures];
  for (const r of results) {
    for (const report of r.reports) {
      // Structured clone drops prototypes: give the line index its methods back.
      if (report.lineIndex) Object.setPrototypeOf(report.lineIndex, LineIndex.prototype);
      reports.push(report);
    }
    failures.push(...r.failures);
  }
  return { reports, failures };
}

/** Takes batches like a worker does, yielding between batches so worker messages are answered promptly. */
async function lintOnMainThread(
  args: CheckArgs,
  docsBaseUrl: string,
  explicit: LoadedConfig | undefined,
  take: () => number,
  batches: string[][],
  results: CheckOutcome[],
): Promise<void> {
  const session = newCheckSession(args, explicit);
  for (let i = take(); i >= 0; i = take()) {
    results[i] = checkFiles(batches[i], args, docsBaseUrl, explicit, session);
    await new Promise((resolve) => setImmediate(resolve));
  }
}

function runWorker(
  file: string,
  init: WorkerInit,
  take: () => number,
  batches: string[][],
  results: CheckOutcome[],
): Promise<void> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(file, { workerData: init, stdout: false, stderr: false });
    const feed = () => {
      const i = take();
      worker.postMessage(
        i < 0 ? ({ done: true } satisfies ToWorker) : ({ batch: i, files: batches[i] } satisfies ToWorker),
      );
    };
    worker.on('message', (m: FromWorker) => {
      results[m.batch] = m.outcome;
      feed();
    });
    worker.on('error', reject);
    worker.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`check worker exited with code ${code}`))));
    // Two batches in flight: the worker never waits for the main thread, which is busy linting too.
    feed();
    feed();
  });
}

/** Worker side: lint each batch the main thread sends until it says done. */
function serveAsWorker(init: WorkerInit): void {
  if (init.schemaTable) useSchemaTable(init.schemaTable);
  const session = newCheckSession(init.args, init.explicit);
  parentPort!.on('message', (m: ToWorker) => {
    if ('done' in m) {
      parentPort!.close();
      return;
    }
    const outcome = checkFiles(m.files, init.args, init.docsBaseUrl, init.explicit, session);
    if (!init.keepLineIndex) for (const r of outcome.reports) delete r.lineIndex;
    parentPort!.postMessage({ batch: m.batch, outcome } satisfies FromWorker);
  });
}

if (!isMainThread && (workerData as Partial<WorkerInit> | null)?.nelint === 'check-worker') {
  serveAsWorker(workerData as WorkerInit);
}
