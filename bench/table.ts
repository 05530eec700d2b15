// The benchmark's one table: a row per measure, a column per text, and the target beside it.
import type { EditPlace, Latency } from './latency';
import type { Results } from './run';

type Row = [label: string, values: string[], target: string];

const number = (value: number, digits = 0) => value.toLocaleString('en-GB', { maximumFractionDigits: digits, minimumFractionDigits: digits });

function pad(cells: string[], widths: number[]): string {
  return cells.map((cell, i) => (i === 0 ? cell.padEnd(widths[i]) : cell.padStart(widths[i]))).join('  ');
}

/**
 * The source checks' rows: their own 2,000-word article (40 quotes) against a 300-page PDF, so
 * their figures stand in the first column only.
 */
function sourceRows(results: Results, columns: number): Row[] {
  const { sources } = results;
  if (!sources) return [];
  const first = (value: string) => [value, ...Array<string>(columns - 1).fill('')];
  const typing = (t: NonNullable<typeof sources.typingWhileChecking>) => `${number(t.p50Ms, 1)} / ${number(t.p95Ms, 1)} / ${number(t.maxMs)}`;
  return [
    ['sources: read PDF / index / check all, ms', first(`${number(sources.readPdfMs)} / ${number(sources.indexMs)} / ${number(sources.checkAllMs)}`), ''],
    ['sources: didOpen → first check / all, ms', first(`${number(sources.firstCheckMs)} / ${number(sources.allChecksMs)}`), ''],
    ['sources: typing meanwhile p50/p95/max, ms', first(sources.typingWhileChecking ? typing(sources.typingWhileChecking) : 'checks done first'), 'never blocks typing'],
    ['sources: typing after p50/p95/max, ms', first(typing(sources.typingAfter)), ''],
  ];
}

export function printTable(results: Results): void {
  const names = results.texts.map((t) => t.name);
  // A peer is compared with our figure in the text's own format (the news is plain text).
  const ours = (text: string) => {
    const format = results.texts.find((t) => t.name === text)?.format === 'markdown' ? 'markdown' : 'plaintext';
    return results.throughput.find((r) => r.text === text && r.tool === `factcheck (${format})`);
  };
  const rows: Row[] = [['words', results.texts.map((t) => number(t.words)), '']];

  for (const tool of [...new Set(results.throughput.map((r) => r.tool))]) {
    const peer = !tool.startsWith('factcheck');
    rows.push([
      `${tool} words/s${peer ? ' (ours ×)' : ''}`,
      names.map((name) => {
        const result = results.throughput.find((r) => r.text === name && r.tool === tool);
        if (!result) return '-';
        const ratio = peer ? ` (×${number((ours(name)?.wordsPerSecond ?? NaN) / result.wordsPerSecond, 1)})` : '';
        return `${number(result.wordsPerSecond)}${ratio}`;
      }),
      tool === 'factcheck (markdown)' ? '≥ 150,000' : tool === 'write-good' ? '≥ ×1 (news)' : '',
    ]);
  }

  // Latency per text and place: typing mid-sentence, and at the start of a paragraph.
  const at = (name: string, place: EditPlace) => results.latency.find((l) => l.text === name && l.place === place);
  const latency = (pick: (l: Latency) => number, digits = 1, place: EditPlace = 'mid-sentence') =>
    names.map((name) => {
      const found = at(name, place);
      return found ? number(pick(found), digits) : '-';
    });
  const edits = (place: EditPlace) =>
    names.map((name) => {
      const found = at(name, place);
      return found ? `${number(found.editP50Ms, 1)} / ${number(found.editP95Ms, 1)} / ${number(found.editMaxMs, 0)}` : '-';
    });
  const engine = (pick: (e: Results['engine'][number]) => number, digits = 2) =>
    names.map((name) => {
      const found = results.engine.find((e) => e.text === name);
      return found ? number(pick(found), digits) : '-';
    });
  const cli = (pick: (c: Results['cli'][number]) => string) =>
    names.map((name) => {
      const found = results.cli.find((c) => c.text === name);
      return found ? pick(found) : '-';
    });
  // Our time, and write-good's over it: above 1, ours is faster.
  const netAgainst = (ours: number, writeGood: number) => `${number(ours)} (×${number(writeGood / ours, 2)})`;
  rows.push(
    ['didOpen → diagnostics, ms', latency((l) => l.openToDiagnosticsMs), '≤ 300 (20k), ≤ 1,500 (100k)'],
    ['edit → diagnostics p50 / p95 / max, ms: mid-sentence', edits('mid-sentence'), 'p95 ≤ 20 (20k), ≤ 50 (100k, 126k)'],
    ['  at a paragraph start', edits('paragraph start'), 'p95 ≤ 20 (20k), ≤ 50 (100k, 126k)'],
    ['server CPU per edit (mean), ms: mid-sentence', latency((l) => l.serverCpuPerEditMs), ''],
    ['  at a paragraph start', latency((l) => l.serverCpuPerEditMs, 1, 'paragraph start'), ''],
    ['server CPU, first 10 edits after didOpen, ms: mid-sentence', latency((l) => l.serverCpuFirstTenEditsMs, 0), ''],
    ['  at a paragraph start', latency((l) => l.serverCpuFirstTenEditsMs, 0, 'paragraph start'), ''],
    ['server CPU for didOpen, ms', latency((l) => l.serverCpuOpenMs, 0), ''],
    ['diagnostics published', latency((l) => l.diagnostics, 0), ''],
    ['engine update p50 / p95, ms (in process)', names.map((name) => {
      const found = results.engine.find((e) => e.text === name);
      return found ? `${number(found.updateP50Ms, 2)} / ${number(found.updateP95Ms, 2)}` : '-';
    }), ''],
    ['engine CPU per update (mean), ms', engine((e) => e.updateCpuMs), ''],
    ['engine heap after GC, open / after edits, MB', names.map((name) => {
      const found = results.engine.find((e) => e.text === name);
      return found && found.heapOpenMb !== null ? `${number(found.heapOpenMb, 1)} / ${number(found.heapAfterEditsMb ?? NaN, 1)}` : '-';
    }), 'no growth'],
    ['paragraphs re-analysed per edit / total', engine((e) => e.analysedPerEdit, 0).map((v, i) => `${v} / ${number(results.engine[i]?.blocks ?? NaN)}`), ''],
    ['server RSS after didOpen, MB', latency((l) => l.rssOpenMb), '≤ 150 (100k, 126k)'],
    ['server RSS after 100 edits, MB', latency((l) => l.rssAfterEditsMb), 'no growth'],
    ['server RSS over the edits (both places), min–max MB', names.map((name) => {
      const samples = results.latency.filter((l) => l.text === name).flatMap((l) => l.rssEveryTenEditsMb);
      return samples.length ? `${number(Math.min(...samples))}–${number(Math.max(...samples))}` : '-';
    }), '≤ 150 (126k)'],
    ['server spawn → first diagnostics, ms', latency((l) => l.startToDiagnosticsMs), ''],
    ['CLI check one file, net of start-up, ms (ours ×)', cli((c) => netAgainst(c.oursMs - c.oursStartupMs, c.writeGoodMs - c.writeGoodStartupMs)), '≥ ×1 (write-good\'s speed)'],
    ['write-good CLI, net of start-up, ms', cli((c) => number(c.writeGoodMs - c.writeGoodStartupMs)), ''],
    ['CLI start-up (one-line file), ours / write-good, ms', cli((c) => `${number(c.oursStartupMs)} / ${number(c.writeGoodStartupMs)}`), ''],
    ['CLI CPU time, net of start-up, ms (ours ×)', cli((c) => netAgainst(c.oursCpuMs - c.oursStartupCpuMs, c.writeGoodCpuMs - c.writeGoodStartupCpuMs)), '≥ ×1 (write-good\'s speed)'],
    ['write-good CLI CPU time, net of start-up, ms', cli((c) => number(c.writeGoodCpuMs - c.writeGoodStartupCpuMs)), ''],
    ['CLI CPU start-up (one-line file), ours / write-good, ms', cli((c) => `${number(c.oursStartupCpuMs)} / ${number(c.writeGoodStartupCpuMs)}`), ''],
    ...sourceRows(results, names.length),
  );

  const header = ['', ...names, 'target'];
  const lines = rows.map(([label, values, target]) => [label, ...values, target]);
  const widths = header.map((_, i) => Math.max(header[i].length, ...lines.map((line) => line[i].length)));
  console.log(pad(header, widths));
  console.log(widths.map((w) => '-'.repeat(w)).join('  '));
  for (const line of lines) console.log(pad(line, widths));

  const { sizes } = results;
  console.log(
    `\nbundles: dist/client.js ${number(sizes.clientKb, 1)} kB, dist/server.js ${number(sizes.serverKb, 1)} kB, ` +
      `.vsix ${sizes.vsixKb === null ? '-' : `${number(sizes.vsixKb, 1)} kB`}${sizes.vsixNote ? ` (${sizes.vsixNote})` : ''}`,
  );
  if (results.newsSkipped) console.log(`real news: skipped, ${results.newsSkipped}`);
  const { machine } = results;
  console.log(
    `machine: ${machine.cpu}, ${machine.cores} cores, Node ${machine.node}, load average ${number(machine.loadBefore, 1)} before, ` +
      `${number(machine.loadAfter, 1)} after; throughput on one core, medians after warm-up`,
  );
  if (results.sources) {
    const { sources: s } = results;
    console.log(`sources: the ${s.quotes} quotes of a ${number(s.articleWords)}-word article checked against a ${s.pdfPages}-page PDF (${number(s.pdfWords)} words), through the built server; figures in the first column`);
  } else console.log('sources: not measured (--no-sources)');
  const startup = results.vscodeStartup;
  if (startup === null) console.log('start-up in VS Code: not measured (add --vscode); above, server spawn -> first diagnostics over stdio');
  else if ('error' in startup) console.log(`start-up in VS Code: failed: ${startup.error}`);
  else {
    console.log(
      `start-up in VS Code (code-server, ${startup.fresh ? 'fresh activation' : 'already activated at window start by the claims view'}): article opened -> extension active ` +
        `${number(startup.openToActivatedMs)} ms -> first ${startup.diagnostics} findings shown ${number(startup.openToFirstDiagnosticsMs)} ms`,
    );
  }
}
