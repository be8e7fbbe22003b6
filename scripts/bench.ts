/**
 * `npm run bench`: one run prints medians and ratios against baselines run in the same process on the same
 * bytes (fast-xml-parser, plist.parse), whole-process CLI timings, a 10,000-file synthetic repository
 * (CLI files/second, index time, heap and RSS) and LSP latencies over a real stdio connection.
 * Not a test: numbers depend on the machine. Options: --quick (smaller inputs, for a smoke run),
 * --json FILE (also write the raw numbers), --skip-inprocess, --skip-process, --skip-repo, --skip-lsp (run only
 * the other sections).
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir, totalmem } from 'node:os';
import { join, resolve } from 'node:path';
import { XMLParser } from 'fast-xml-parser';
import { buildSync } from 'esbuild';
import type * as CoreModule from './bench/coreEntry';
import { profileOfSize, transparentProxyProfile, writeSyntheticRepo } from './bench/generate';
import { mb, median, ms, table, timeMedian } from './bench/stats';
import { measureLsp, SETTLE_MS, summarizeLatency } from './bench/lsp';

const ROOT = resolve(__dirname, '..');
const BIN = join(ROOT, 'bin', 'nelint.js');
const CPU_REPORT = join(ROOT, 'scripts', 'bench', 'cpuReport.cjs');
const argv = process.argv.slice(2);
const quick = argv.includes('--quick');
const jsonOut = argv.includes('--json') ? argv[argv.indexOf('--json') + 1] : undefined;
const results: Record<string, unknown> = {};

function machine(): string {
  const c = cpus();
  return `${c.length} × ${c[0]?.model ?? 'cpu'}, ${mb(totalmem())} RAM, Node ${process.version}, ${process.platform}/${process.arch}`;
}

type Core = typeof CoreModule;

/** The core as shipped: bundled by esbuild like dist/*.js (tsx adds per-closure overhead the bundle has not). */
function bundledCore(dir: string): Core {
  const outfile = join(dir, 'core.js');
  buildSync({
    entryPoints: [join(__dirname, 'bench', 'coreEntry.ts')],
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node18',
    outfile,
    loader: { '.md': 'text' },
    logLevel: 'warning',
  });
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- loading the bundle just built
  return require(outfile) as Core;
}

async function inProcess(plistParse: (s: string) => unknown, core: Core): Promise<void> {
  const { loadDocumentFromBytes, validateDocument } = core;
  const sizes: [string, string][] = quick
    ? [
        ['1 KB', profileOfSize(1024)],
        ['100 KB', profileOfSize(100 * 1024)],
      ]
    : [
        ['1 KB', profileOfSize(1024)],
        ['100 KB', profileOfSize(100 * 1024)],
        ['1 MB', profileOfSize(1024 * 1024)],
        ['~9 MB (10,000 payloads)', transparentProxyProfile(10_000)],
      ];
  const rows = [
    ['profile', 'bytes', 'fast-xml-parser', 'plist.parse', 'nelint (parse+rules)', 'nelint/fxp', 'nelint/plist'],
  ];
  const raw: unknown[] = [];
  for (const [label, text] of sizes) {
    const bytes = Buffer.from(text);
    const runs = bytes.length > 2e6 ? 3 : bytes.length > 2e5 ? 7 : 30;
    const fxp = timeMedian(() => new XMLParser().parse(text), runs);
    const pl = timeMedian(() => plistParse(text), runs);
    const ne = timeMedian(() => validateDocument(loadDocumentFromBytes('bench.mobileconfig', bytes), {}), runs);
    rows.push([
      label,
      String(bytes.length),
      ms(fxp),
      ms(pl),
      ms(ne),
      (ne / fxp).toFixed(2) + '×',
      (ne / pl).toFixed(2) + '×',
    ]);
    raw.push({ label, bytes: bytes.length, fxp, plist: pl, nelint: ne });
  }
  results.inProcess = raw;
  console.log('\n## In-process medians (same bytes, same process)\n');
  console.log(table(rows));
}

interface ProcessTime {
  wall: number;
  cpu: number;
}

interface Command {
  cmd: string;
  args: string[];
}

/** Wall time (ms) and CPU time (user + system, all threads; reported by CPU_REPORT) of one child process. */
function runOnce({ cmd, args }: Command): ProcessTime {
  const t = performance.now();
  const r = spawnSync(cmd, ['--require', CPU_REPORT, ...args], {
    cwd: ROOT,
    stdio: ['ignore', 'ignore', 'pipe'],
    maxBuffer: 1 << 30,
  });
  const wall = performance.now() - t;
  if (r.status !== 0 && r.status !== 1) throw new Error(`${args.join(' ')} failed: ${r.stderr}`);
  const m = /NELINT-BENCH-CPU ([\d.]+)/.exec(String(r.stderr));
  return { wall, cpu: m ? Number(m[1]) : NaN };
}

/**
 * `runs` rounds of every command in turn (interleaved, so a change in the machine's load hits all of them
 * alike); per command the median wall and CPU time, and every round's times for ratios taken round by round.
 */
function processTimes(commands: Command[], runs: number): { median: ProcessTime; rounds: ProcessTime[] }[] {
  const rounds: ProcessTime[][] = commands.map(() => []);
  for (let i = 0; i < runs; i++) commands.forEach((c, j) => rounds[j].push(runOnce(c)));
  return rounds.map((r) => ({
    median: { wall: median(r.map((t) => t.wall)), cpu: median(r.map((t) => t.cpu)) },
    rounds: r,
  }));
}

/** Median wall time and median CPU time of `runs` child processes. */
function processTime(cmd: string, args: string[], runs: number): ProcessTime {
  return processTimes([{ cmd, args }], runs)[0].median;
}

const fmt = (t: ProcessTime) => `${ms(t.wall)} wall, ${ms(t.cpu)} CPU`;

function wholeProcess(dir: string): void {
  const file = join(dir, 'Big.mobileconfig');
  writeFileSync(file, quick ? profileOfSize(1024 * 1024) : transparentProxyProfile(10_000));
  const fxpScript = `const {XMLParser}=require('fast-xml-parser');new XMLParser().parse(require('fs').readFileSync(${JSON.stringify(file)},'utf8'))`;
  const runs = quick ? 3 : 9;
  const [fxp, empty, nelint] = processTimes(
    [
      { cmd: process.execPath, args: ['-e', fxpScript] },
      { cmd: process.execPath, args: ['-e', '0'] },
      { cmd: process.execPath, args: [BIN, 'check', file, '--format', 'json'] },
    ],
    runs,
  );
  // Round by round (same load for both), then the median: steadier than a ratio of two medians on a noisy VM.
  const perRound = (key: keyof ProcessTime) => median(nelint.rounds.map((t, i) => t[key] / fxp.rounds[i][key]));
  const ratio = { wall: nelint.median.wall / fxp.median.wall, cpu: nelint.median.cpu / fxp.median.cpu };
  const roundRatio = { wall: perRound('wall'), cpu: perRound('cpu') };
  results.wholeProcess = { fxp: fxp.median, nelint: nelint.median, nodeStartup: empty.median, ratio, roundRatio, runs };
  console.log(
    `\n## Whole process: \`nelint check\` vs a process that only parses with fast-xml-parser (${runs} rounds)\n`,
  );
  console.log(
    table([
      ['process', 'median times'],
      ['node -e 0 (startup only)', fmt(empty.median)],
      ['fast-xml-parser parse only', fmt(fxp.median)],
      ['nelint check (bundled CLI)', fmt(nelint.median)],
      [
        'ratio of the medians',
        `${ratio.wall.toFixed(2)}× wall, ${ratio.cpu.toFixed(2)}× CPU (target ≤ 0.5×, aim 0.2×)`,
      ],
      ['median of the per-round ratios', `${roundRatio.wall.toFixed(2)}× wall, ${roundRatio.cpu.toFixed(2)}× CPU`],
    ]),
  );
}

function repository(dir: string, coreBundle: string): void {
  const repo = join(dir, 'repo');
  const count = quick ? 1000 : 10_000;
  const stats = writeSyntheticRepo(repo, count);
  const runs = quick ? 1 : 3;
  const cli = processTime(process.execPath, [BIN, 'check', repo, '--format', 'json'], runs);
  const cli1 = processTime(process.execPath, [BIN, 'check', repo, '--format', 'json', '--jobs', '1'], runs);
  const out = execFileSync(
    process.execPath,
    ['--expose-gc', '--import', 'tsx', join(ROOT, 'scripts/bench/indexRepo.ts'), repo, coreBundle],
    {
      cwd: ROOT,
      maxBuffer: 1 << 26,
    },
  ).toString();
  const index = JSON.parse(out) as { files: number; ms: number; heapUsed: number; rss: number; peakRss: number };
  results.repository = { ...stats, cliMs: cli, cliJobs1Ms: cli1, index };
  console.log(`\n## Synthetic repository: ${stats.files} files, ${mb(stats.bytes)}\n`);
  console.log(
    table([
      ['measure', 'value'],
      ['nelint check (default --jobs)', `${fmt(cli)} → ${Math.round(stats.files / (cli.wall / 1000))} files/s (wall)`],
      ['nelint check --jobs 1', `${fmt(cli1)} → ${Math.round(stats.files / (cli1.wall / 1000))} files/s (wall)`],
      ['index in one process (parse+validate+keep)', ms(index.ms)],
      ['heap used after index (after GC)', mb(index.heapUsed)],
      ['RSS after index / peak RSS', `${mb(index.rss)} / ${mb(index.peakRss)}`],
    ]),
  );
}

async function lsp(dir: string): Promise<void> {
  const rounds = quick ? 10 : 40;
  const lat = await measureLsp(dir, profileOfSize(1024 * 1024), rounds);
  const k = summarizeLatency(lat.keystroke);
  const h = summarizeLatency(lat.hover);
  const c = summarizeLatency(lat.completion);
  results.lsp = { keystroke: k, hover: h, completion: c, rounds };
  console.log(`\n## LSP over stdio, 1 MB profile, ${rounds} rounds (first keystroke ${SETTLE_MS} ms after opening)\n`);
  console.log(
    table([
      ['request', 'p50', 'p95', 'target p95'],
      ['didChange → publishDiagnostics', ms(k.p50), ms(k.p95), '≤ 30 ms'],
      ['hover', ms(h.p50), ms(h.p95), '≤ 10 ms'],
      ['completion', ms(c.p50), ms(c.p95), '≤ 10 ms'],
    ]),
  );
}

async function main(): Promise<void> {
  console.log(`# nelint benchmark${quick ? ' (quick)' : ''}\n\nMachine: ${machine()}`);
  results.machine = machine();
  spawnSync(process.execPath, [join(ROOT, 'esbuild.mjs')], { cwd: ROOT, stdio: 'inherit' });
  const plist = await import('plist');
  const dir = mkdtempSync(join(tmpdir(), 'nelint-bench-'));
  try {
    const core = bundledCore(dir);
    if (!argv.includes('--skip-inprocess')) await inProcess((s) => plist.parse(s), core);
    if (!argv.includes('--skip-process')) wholeProcess(dir);
    if (!argv.includes('--skip-repo')) repository(dir, join(dir, 'core.js'));
    if (!argv.includes('--skip-lsp')) await lsp(dir);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  if (jsonOut) writeFileSync(jsonOut, JSON.stringify(results, null, 2));
}

void main().catch((e) => {
  console.error(e);
  process.exit(1);
});
