// Imported first (node --import) into the server by `npm run bench -- --tail`: writes to stderr, on
// one line each, every garbage collection the server makes (start, duration, kind) and every read
// of stdin and write to stdout (start, end, bytes), in milliseconds since the epoch, so the benchmark can lay them
// beside each keystroke. Not loaded otherwise: the timings cost a little.
import { PerformanceObserver, performance } from 'node:perf_hooks';
import { constants } from 'node:perf_hooks';

const epoch = (ms) => (performance.timeOrigin + ms).toFixed(3);
const KINDS = {
  [constants.NODE_PERFORMANCE_GC_MINOR]: 'scavenge',
  [constants.NODE_PERFORMANCE_GC_MAJOR]: 'mark-compact',
  [constants.NODE_PERFORMANCE_GC_INCREMENTAL]: 'incremental',
  [constants.NODE_PERFORMANCE_GC_WEAKCB]: 'weak callbacks',
};

new PerformanceObserver((list) => {
  for (const entry of list.getEntries()) {
    process.stderr.write(`trace gc ${epoch(entry.startTime)} ${entry.duration.toFixed(3)} ${KINDS[entry.detail?.kind] ?? entry.detail?.kind}\n`);
  }
}).observe({ entryTypes: ['gc'] });

const write = process.stdout.write.bind(process.stdout);
process.stdout.write = (chunk, ...rest) => {
  const start = performance.now();
  const done = write(chunk, ...rest);
  process.stderr.write(`trace write ${epoch(start)} ${epoch(performance.now())} ${chunk.length}\n`);
  return done;
};

// When each change reaches the server: its reads of stdin, seen without adding a reader.
const emit = process.stdin.emit.bind(process.stdin);
process.stdin.emit = (event, ...args) => {
  if (event === 'data') process.stderr.write(`trace read ${epoch(performance.now())} 0 ${args[0].length}\n`);
  return emit(event, ...args);
};
