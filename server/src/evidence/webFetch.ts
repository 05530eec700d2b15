// Fetches one web page for keeping, and nothing else: only http(s), at most a few redirects (each
// hop checked again), a deadline for the whole exchange including a slow body, and a cap on the
// bytes read (a larger body is abandoned, not truncated). Never throws: a failure comes back with
// its reason and, when the server answered, its status.

export interface FetchLimits {
  timeoutMs: number;
  maxBytes: number;
  maxRedirects: number;
}

export const DEFAULT_FETCH_LIMITS: FetchLimits = { timeoutMs: 20_000, maxBytes: 25 * 1024 * 1024, maxRedirects: 5 };

export type Fetched =
  | { ok: true; url: string; status: number; contentType: string; body: Uint8Array }
  | { ok: false; error: string; status?: number };

/** Why `address` may not be fetched, or undefined: only absolute http(s) addresses are. */
export function fetchableProblem(address: string): string | undefined {
  let url: URL;
  try {
    url = new URL(address);
  } catch {
    return `${JSON.stringify(address.slice(0, 80))} is not a web address`;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return `only http and https addresses are fetched, not ${url.protocol}`;
  if (url.username || url.password) return 'a web address with a user name or password is not fetched';
  return undefined;
}

export async function fetchForKeeping(address: string, limits: FetchLimits = DEFAULT_FETCH_LIMITS): Promise<Fetched> {
  const signal = AbortSignal.timeout(limits.timeoutMs);
  let url = address;
  try {
    for (let hops = 0; ; hops++) {
      const problem = fetchableProblem(url);
      if (problem) return { ok: false, error: problem };
      const response = await fetch(url, { redirect: 'manual', signal, headers: { accept: 'text/html,application/pdf,*/*;q=0.8' } });
      if (response.status >= 300 && response.status < 400 && response.headers.has('location')) {
        await response.body?.cancel();
        if (hops >= limits.maxRedirects) return { ok: false, error: `more than ${limits.maxRedirects} redirects`, status: response.status };
        url = new URL(response.headers.get('location')!, url).href;
        continue;
      }
      if (!response.ok) {
        await response.body?.cancel();
        return { ok: false, error: `the server answered ${response.status}${response.statusText ? ` ${response.statusText}` : ''}`, status: response.status };
      }
      const body = await readCapped(response, limits.maxBytes);
      if (!body) return { ok: false, error: `larger than ${limits.maxBytes} bytes: not kept`, status: response.status };
      return { ok: true, url, status: response.status, contentType: response.headers.get('content-type') ?? 'application/octet-stream', body };
    }
  } catch (error) {
    if (signal.aborted) return { ok: false, error: `no complete answer within ${Math.round(limits.timeoutMs / 1000)} s` };
    return { ok: false, error: `could not fetch: ${(error as Error).message}` };
  }
}

/** The body, or undefined as soon as it passes `maxBytes` (announced or read). */
async function readCapped(response: Response, maxBytes: number): Promise<Uint8Array | undefined> {
  const announced = Number(response.headers.get('content-length'));
  if (Number.isFinite(announced) && announced > maxBytes) {
    await response.body?.cancel();
    return undefined;
  }
  const chunks: Uint8Array[] = [];
  let size = 0;
  if (!response.body) return new Uint8Array();
  const reader = response.body.getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.length;
    if (size > maxBytes) {
      await reader.cancel();
      return undefined;
    }
    chunks.push(value);
  }
  const body = new Uint8Array(size);
  let at = 0;
  for (const chunk of chunks) {
    body.set(chunk, at);
    at += chunk.length;
  }
  return body;
}
