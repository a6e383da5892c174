import http from 'node:http';
import https from 'node:https';

/** Meilisearch answered with an error status. */
export class MeilisearchHttpError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(`Meilisearch answered ${status}: ${message}`);
  }
}

type HttpClient = (input: Parameters<typeof fetch>[0], init?: RequestInit) => Promise<unknown>;

/**
 * The Meilisearch client's transport over node:http with kept-alive connections. Node's fetch
 * writes a POST's headers and body as two packets; Meilisearch then waits for the body while the
 * delayed ACK holds it back, which cost ~40 ms on every search (3 ms with this, on loopback).
 *
 * It also keeps the time limit per request (`timeoutMs`), so the client's own `timeout` option can
 * stay unset: meilisearch-js 0.62 adds an abort listener to the caller's signal for every request
 * under that option and never removes it, which piles up on one `waitForTask`'s signal.
 */
export function createMeilisearchHttpClient({
  timeoutMs,
}: { timeoutMs?: number } = {}): HttpClient {
  const agents = {
    http: new http.Agent({ keepAlive: true, maxSockets: 64 }),
    https: new https.Agent({ keepAlive: true, maxSockets: 64 }),
  };
  return (input, init = {}) =>
    new Promise((resolve, reject) => {
      const url = new URL(input instanceof Request ? input.url : input);
      const headers: Record<string, string> = {};
      new Headers(init.headers).forEach((value, name) => {
        headers[name] = value;
      });
      const body = typeof init.body === 'string' ? init.body : undefined;
      if (body !== undefined) headers['content-length'] = String(Buffer.byteLength(body));
      const secure = url.protocol === 'https:';
      // The client passes one signal to every poll of a task, so the abort listener must go as
      // soon as this request is answered (a kept-alive request may not emit 'close' until later).
      const signal = init.signal;
      const abort = () => request.destroy(new Error('Meilisearch request aborted'));
      // The time limit covers the whole request: waiting for a socket, sending, and the answer.
      const timer =
        timeoutMs === undefined
          ? undefined
          : setTimeout(() => {
              request.destroy(new Error(`Meilisearch did not answer within ${timeoutMs} ms`));
            }, timeoutMs);
      const finished = () => {
        clearTimeout(timer);
        signal?.removeEventListener('abort', abort);
      };
      const fail = (error: Error) => {
        finished();
        reject(error);
      };
      const request = (secure ? https : http).request(
        url,
        {
          method: init.method ?? 'GET',
          headers,
          agent: secure ? agents.https : agents.http,
        },
        (response) => {
          const chunks: Buffer[] = [];
          response.on('data', (chunk: Buffer) => chunks.push(chunk));
          response.on('error', fail);
          response.on('end', () => {
            finished();
            answer(response.statusCode ?? 0, Buffer.concat(chunks).toString('utf8'));
          });
        },
      );
      const answer = (status: number, text: string) => {
        let parsed: unknown;
        try {
          parsed = text === '' ? undefined : JSON.parse(text);
        } catch (error) {
          // An error page that is not JSON (a proxy's 502, say) still says which status it was.
          if (status < 200 || status >= 300) reject(new MeilisearchHttpError(status, text));
          else reject(error instanceof Error ? error : new Error('Unreadable Meilisearch answer'));
          return;
        }
        if (status >= 200 && status < 300) resolve(parsed);
        else {
          const message = (parsed as { message?: unknown } | undefined)?.message;
          reject(new MeilisearchHttpError(status, typeof message === 'string' ? message : text));
        }
      };
      request.on('error', fail);
      if (signal?.aborted) abort();
      else signal?.addEventListener('abort', abort, { once: true });
      request.end(body);
    });
}
