// Imported first (node --import) into each CLI the benchmark times: at exit, writes the process's own
// CPU time (user + system, all threads, in ms) and its peak resident memory (kB) to file descriptor
// 3, which the benchmark reads. CPU time suffers less than wall time from other work on the machine.
// The peak is VmHWM from /proc: getrusage's maxRSS keeps the benchmark's own across exec.
import { readFileSync, writeSync } from 'node:fs';

process.on('exit', () => {
  const { user, system } = process.cpuUsage();
  const peak = Number(/VmHWM:\s+(\d+)/.exec(readFileSync('/proc/self/status', 'utf8'))?.[1]);
  writeSync(3, `${(user + system) / 1000} ${peak}\n`);
});
