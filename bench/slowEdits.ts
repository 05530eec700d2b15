// `npm run bench -- --tail`: the slowest keystrokes of each latency run, with what was typed where
// and where their time went (latency.ts traces them), and how the slow twentieth differs from the rest.
import type { EditTrace, Latency } from './latency';
import { percentile } from './timing';

const ms = (value: number) => (Number.isFinite(value) ? value.toFixed(1) : '-').padStart(6);

function mean(values: number[]): number {
  return values.length ? values.reduce((sum, v) => sum + v, 0) / values.length : NaN;
}

/** The mean of each part over some edits. */
function parts(label: string, edits: EditTrace[]): string {
  const withServerGc = edits.filter((e) => e.serverGc.length).length;
  const withClientGc = edits.filter((e) => e.clientGc.length).length;
  return (
    `  ${label.padEnd(14)} n=${String(edits.length).padStart(3)}  total ${ms(mean(edits.map((e) => e.totalMs)))}  server reads at ${ms(mean(edits.map((e) => e.serverReadMs)))}  writes at ${ms(mean(edits.map((e) => e.serverWriteStartMs)))}` +
    `  write ${ms(mean(edits.map((e) => e.serverWriteMs)))}  first bytes at ${ms(mean(edits.map((e) => e.firstBytesMs)))}  decode ${ms(mean(edits.map((e) => e.clientDecodeMs)))}` +
    `  with server GC ${withServerGc}, client GC ${withClientGc}`
  );
}

export function printSlowEdits(latency: Latency, count = 8): void {
  const edits = latency.traced;
  if (!edits?.length) return;
  const p95 = percentile(edits.map((e) => e.totalMs), 95);
  console.error(`slowest edits, ${latency.text}, ${latency.place} (ms after the change was sent):`);
  const gcs = (latency.gcOverEdits ?? []).map((gc) => `${gc.process} ${gc.kind} ×${gc.count} ${gc.ms.toFixed(0)} ms`);
  console.error(`  collections over the ${edits.length} edits: ${gcs.join(', ') || 'none'}`);
  console.error(parts('all', edits));
  console.error(parts('≥ p95', edits.filter((e) => e.totalMs >= p95)));
  for (const e of [...edits].sort((a, b) => b.totalMs - a.totalMs).slice(0, count)) {
    console.error(
      `  #${String(e.edit).padStart(3)} '${e.typed}' at ${e.line + 1}:${e.character + 1}  total ${ms(e.totalMs)}  server reads at ${ms(e.serverReadMs)}  writes at ${ms(e.serverWriteStartMs)}` +
        `  write ${ms(e.serverWriteMs)}  first bytes at ${ms(e.firstBytesMs)}  decode ${ms(e.clientDecodeMs)}  ${(e.bytes / 1024).toFixed(0)} KiB`,
    );
    if (e.serverGc.length) console.error(`        server GC: ${e.serverGc.join('; ')}`);
    if (e.clientGc.length) console.error(`        client GC: ${e.clientGc.join('; ')}`);
  }
}
