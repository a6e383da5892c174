import { getEventListeners } from 'node:events';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { Meilisearch } from 'meilisearch';
import { createMeilisearchHttpClient, MeilisearchHttpError } from './meilisearch-http-client';

describe('the Meilisearch transport', () => {
  let server: http.Server;
  let base: string;
  let taskPolls = 0;

  beforeAll(async () => {
    server = http.createServer((request, response) => {
      if (request.url === '/hang') return; // never answers
      if (request.url === '/tasks/7') {
        // Still processing for the first 15 polls, like an index update under load.
        taskPolls += 1;
        response.writeHead(200, { 'content-type': 'application/json' });
        response.end(
          JSON.stringify({ uid: 7, status: taskPolls > 15 ? 'succeeded' : 'processing' }),
        );
        return;
      }
      if (request.url === '/proxy-error') {
        response.writeHead(502, { 'content-type': 'text/html' });
        response.end('<h1>502 Bad Gateway</h1>');
        return;
      }
      if (request.url === '/missing') {
        response.writeHead(404, { 'content-type': 'application/json' });
        response.end(JSON.stringify({ message: 'Index `x` not found.' }));
        return;
      }
      const chunks: Buffer[] = [];
      request.on('data', (chunk: Buffer) => chunks.push(chunk));
      request.on('end', () => {
        response.writeHead(200, { 'content-type': 'application/json' });
        response.end(JSON.stringify({ echo: Buffer.concat(chunks).toString('utf8') }));
      });
    });
    await new Promise<void>((listening) => server.listen(0, '127.0.0.1', listening));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });

  afterAll(async () => {
    server.closeAllConnections();
    await new Promise((closed) => server.close(closed));
  });

  it('sends the body and parses the answer', async () => {
    const send = createMeilisearchHttpClient();
    await expect(
      send(`${base}/search`, { method: 'POST', body: '{"q":"frisør"}' }),
    ).resolves.toEqual({ echo: '{"q":"frisør"}' });
  });

  it('leaves no abort listener behind when many polls share one signal', async () => {
    const send = createMeilisearchHttpClient();
    const controller = new AbortController();
    for (let poll = 0; poll < 25; poll++) {
      await send(`${base}/tasks/1`, { signal: controller.signal });
      expect(getEventListeners(controller.signal, 'abort')).toHaveLength(0);
    }
  });

  it('gives an error status with the message Meilisearch sent', async () => {
    const send = createMeilisearchHttpClient();
    const controller = new AbortController();
    const failure = send(`${base}/missing`, { signal: controller.signal });
    await expect(failure).rejects.toBeInstanceOf(MeilisearchHttpError);
    await expect(failure).rejects.toThrow('Meilisearch answered 404: Index `x` not found.');
    expect(getEventListeners(controller.signal, 'abort')).toHaveLength(0);
  });

  it("keeps the status of an error page that is not JSON (a proxy's 502)", async () => {
    const send = createMeilisearchHttpClient();
    const failure = send(`${base}/proxy-error`);
    await expect(failure).rejects.toBeInstanceOf(MeilisearchHttpError);
    await expect(failure).rejects.toMatchObject({ status: 502 });
  });

  it('stops waiting when the signal aborts', async () => {
    const send = createMeilisearchHttpClient();
    const controller = new AbortController();
    const waiting = send(`${base}/hang`, { signal: controller.signal });
    controller.abort();
    await expect(waiting).rejects.toThrow('Meilisearch request aborted');
    await expect(send(`${base}/hang`, { signal: controller.signal })).rejects.toThrow(
      'Meilisearch request aborted',
    );
  });

  it('gives up on a request that takes longer than its time limit', async () => {
    const send = createMeilisearchHttpClient({ timeoutMs: 50 });
    await expect(send(`${base}/hang`)).rejects.toThrow('Meilisearch did not answer within 50 ms');
  });

  it("lets the client wait for a long task without piling listeners on the wait's signal", async () => {
    // Net abort listeners per signal, counted where every signal inherits them from.
    const listening = new Map<EventTarget, number>();
    // eslint-disable-next-line @typescript-eslint/unbound-method -- called with its target below
    const originalAdd = EventTarget.prototype.addEventListener;
    // eslint-disable-next-line @typescript-eslint/unbound-method -- called with its target below
    const originalRemove = EventTarget.prototype.removeEventListener;
    const count = (target: EventTarget, type: string, change: number) => {
      if (type === 'abort') listening.set(target, (listening.get(target) ?? 0) + change);
    };
    const add = jest.spyOn(EventTarget.prototype, 'addEventListener').mockImplementation(function (
      this: EventTarget,
      type,
      listener,
      options,
    ) {
      count(this, type, 1);
      originalAdd.call(this, type, listener, options);
    });
    const remove = jest
      .spyOn(EventTarget.prototype, 'removeEventListener')
      .mockImplementation(function (this: EventTarget, type, listener, options) {
        count(this, type, -1);
        originalRemove.call(this, type, listener, options);
      });
    try {
      const client = new Meilisearch({
        host: base,
        // eslint-disable-next-line @typescript-eslint/no-deprecated -- the transport under test
        httpClient: createMeilisearchHttpClient({ timeoutMs: 1_000 }),
      });
      const task = await client.tasks.waitForTask(7, { timeout: 5_000, interval: 1 });
      expect(task.status).toBe('succeeded');
      expect(taskPolls).toBe(16);
      expect(Math.max(0, ...listening.values())).toBeLessThanOrEqual(1);
    } finally {
      add.mockRestore();
      remove.mockRestore();
    }
  });
});
