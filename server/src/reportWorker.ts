// The worker thread the language server builds reports in: an article of a hundred thousand
// findings takes seconds to render, and the server's own thread keeps answering hovers and
// analysing other articles meanwhile.
import { parentPort } from 'node:worker_threads';
import { buildReportModel, renderReport } from './report';
import type { ReportJob, ReportReply } from './report/workerMessages';

const port = parentPort;
if (!port) throw new Error('reportWorker runs as a worker thread of the language server');

port.on('message', (job: ReportJob) => {
  let reply: ReportReply;
  try {
    reply = { id: job.id, content: renderReport(buildReportModel(job.inputs, job.metadata), job.format, job.options) };
  } catch (error) {
    reply = { id: job.id, error: (error as Error).message };
  }
  port.postMessage(reply);
});
