// The worker thread the language server reads source documents in: a 300-page PDF is parsed and
// indexed here, so the server's own thread keeps answering the editor while it runs.
import { parentPort } from 'node:worker_threads';
import { SourceLibrary } from './sources/sourceLibrary';
import { SourceReadError } from './sources/readError';
import type { CheckReply, CheckRequest } from './sources/workerMessages';

const library = new SourceLibrary();
const port = parentPort;
if (!port) throw new Error('sourceWorker runs as a worker thread of the language server');

port.on('message', async (request: CheckRequest) => {
  const reply = (message: CheckReply) => port.postMessage(message);
  try {
    const result = await library.check(request.path, request.queries, (done, total) => reply({ id: request.id, type: 'progress', done, total }));
    reply({ id: request.id, type: 'done', sha256: result.sha256, answers: result.answers });
  } catch (error) {
    const problem = error instanceof SourceReadError ? error.message : `could not be read (${(error as Error).message})`;
    reply({ id: request.id, type: 'failed', problem });
  }
});
