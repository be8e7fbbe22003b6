// Preloaded into benchmarked child processes: prints the process's CPU time (all threads) on exit, so a busy
// machine's wall times can be read next to the CPU the run really used.
/* global process */
'use strict';
process.on('exit', () => {
  const u = process.cpuUsage();
  process.stderr.write(`\nNELINT-BENCH-CPU ${(u.user + u.system) / 1000}\n`);
});
