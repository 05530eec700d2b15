// A minimal language client for the benchmark: JSON-RPC 2.0 with Content-Length framing over the
// stdio of a server child process. It answers the server's own requests with empty results, as an
// editor with no settings would.
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';

type Handler = (params: unknown) => void;

interface Message {
  id?: number | string;
  method?: string;
  params?: unknown;
  result?: unknown;
  error?: { code: number; message: string };
}

export class LspClient {
  readonly process: ChildProcessWithoutNullStreams;
  private received: Buffer[] = [];
  private receivedBytes = 0;
  /** The length of the message body being received, once its header has been read; -1 before. */
  private bodyLength = -1;
  private nextId = 1;
  private readonly pending = new Map<number, { resolve: (value: unknown) => void; reject: (error: Error) => void }>();
  private readonly handlers = new Map<string, Handler[]>();
  stderr = '';
  /** The last message received: when its first bytes arrived and how long it took to join, decode and parse (performance.now() ms). */
  lastMessage = { firstBytesAt: 0, parseMs: 0, bytes: 0 };
  private firstBytesAt = 0;

  constructor(command: string, args: string[]) {
    this.process = spawn(command, args, { stdio: 'pipe' });
    this.process.stdout.on('data', (chunk: Buffer) => this.receive(chunk));
    this.process.stderr.on('data', (chunk: Buffer) => (this.stderr += chunk.toString()));
    this.process.on('exit', (code) => {
      for (const { reject } of this.pending.values()) reject(new Error(`server exited (${code}): ${this.stderr}`));
      this.pending.clear();
    });
  }

  get pid(): number {
    return this.process.pid ?? -1;
  }

  request<T>(method: string, params: unknown): Promise<T> {
    const id = this.nextId++;
    this.send({ id, method, params });
    return new Promise<T>((resolve, reject) => this.pending.set(id, { resolve: resolve as (value: unknown) => void, reject }));
  }

  notify(method: string, params: unknown): void {
    this.send({ method, params });
  }

  on(method: string, handler: Handler): () => void {
    const list = this.handlers.get(method) ?? [];
    list.push(handler);
    this.handlers.set(method, list);
    return () => list.splice(list.indexOf(handler), 1);
  }

  async close(): Promise<void> {
    const exited = new Promise<void>((resolve) => this.process.once('exit', () => resolve()));
    if (this.process.exitCode === null) {
      await this.request('shutdown', null).catch(() => undefined);
      this.notify('exit', null);
    }
    await Promise.race([exited, new Promise<void>((resolve) => setTimeout(resolve, 2000))]);
    if (this.process.exitCode === null) this.process.kill();
  }

  private send(message: Message): void {
    const body = Buffer.from(JSON.stringify({ jsonrpc: '2.0', ...message }), 'utf8');
    this.process.stdin.write(`Content-Length: ${body.length}\r\n\r\n`);
    this.process.stdin.write(body);
  }

  /**
   * Chunks are kept until a whole message is there and joined once: joining on every chunk would
   * copy a 4 MB diagnostics message dozens of times and charge the server for the client's work.
   */
  private receive(chunk: Buffer): void {
    if (!this.receivedBytes && this.bodyLength < 0) this.firstBytesAt = performance.now();
    this.received.push(chunk);
    this.receivedBytes += chunk.length;
    while (true) {
      if (this.bodyLength < 0) {
        const data = this.joinReceived();
        const headerEnd = data.indexOf('\r\n\r\n');
        if (headerEnd < 0) return;
        this.bodyLength = Number(/Content-Length: *(\d+)/i.exec(data.subarray(0, headerEnd).toString('ascii'))?.[1]);
        this.keepReceived(data.subarray(headerEnd + 4));
      }
      if (this.receivedBytes < this.bodyLength) return;
      const decoding = performance.now();
      const data = this.joinReceived();
      const body = data.subarray(0, this.bodyLength).toString('utf8');
      this.keepReceived(data.subarray(this.bodyLength));
      const bytes = this.bodyLength;
      this.bodyLength = -1;
      const message = JSON.parse(body) as Message;
      this.lastMessage = { firstBytesAt: this.firstBytesAt, parseMs: performance.now() - decoding, bytes };
      this.firstBytesAt = this.receivedBytes ? performance.now() : 0;
      this.dispatch(message);
    }
  }

  private joinReceived(): Buffer {
    const data = this.received.length === 1 ? this.received[0] : Buffer.concat(this.received);
    this.received = [data];
    return data;
  }

  private keepReceived(rest: Buffer): void {
    this.received = rest.length ? [rest] : [];
    this.receivedBytes = rest.length;
  }

  private dispatch(message: Message): void {
    if (message.method === undefined) {
      const waiting = this.pending.get(Number(message.id));
      this.pending.delete(Number(message.id));
      if (message.error) waiting?.reject(new Error(`${message.error.code}: ${message.error.message}`));
      else waiting?.resolve(message.result);
      return;
    }
    if (message.id !== undefined) this.answer(message);
    for (const handler of this.handlers.get(message.method) ?? []) handler(message.params);
  }

  /** Requests from the server: no settings, and yes to registrations and progress. */
  private answer(message: Message): void {
    const items = (message.params as { items?: unknown[] } | undefined)?.items;
    const result = message.method === 'workspace/configuration' ? (items ?? []).map(() => null) : null;
    this.send({ id: message.id, result });
  }
}
